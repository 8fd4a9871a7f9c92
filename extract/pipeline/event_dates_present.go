package pipeline

import "strings"

// The news present after a named subject (fourteenth session).
//
// "Mr. Yushchenko meets President Bush at the White House Monday", "Prime
// Minister Abe visits Beijing Sunday": a verb of arranged events in the
// third person present right after the name of its subject tells what is
// coming, as after a common noun ("The negotiations resume in New York on
// Friday", futureAt). The name was left out of that reading because a name
// before a bare "visit" or "meet" is as often a noun's modifier ("the Putin
// visit Monday"); the -s form after a name is the verb.

// namedSubjectPresent: the news-present verb at k ends in -s and follows a
// name.
func namedSubjectPresent(d *doc, ss, k int) bool {
	return k-1 >= ss && d.mentionAt[k-1] >= 0 && strings.HasSuffix(d.lower[k], "s")
}
