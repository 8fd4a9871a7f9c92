package pipeline

import "iter"

// mentionsIn yields, in text order and once each, the mentions that cover a
// token of [from, to), with their index into d.mentions. It is the walk
// many readers make over a stretch of a sentence ("for each name between
// the trigger and the verb"): a mention spans several tokens, so a loop
// over tokens must skip to the mention's end. A to past the last token is
// cut to it, so callers may pass a sentence's end as it stands.
func (d *doc) mentionsIn(from, to int) iter.Seq2[int, *mention] {
	to = min(to, len(d.mentionAt))
	return func(yield func(int, *mention) bool) {
		for k := from; k < to; k++ {
			mi := d.mentionAt[k]
			if mi < 0 {
				continue
			}
			m := d.mentions[mi]
			if !yield(mi, m) {
				return
			}
			k = m.end - 1
		}
	}
}

// mentionsBack is mentionsIn walked from the end: the mentions covering a
// token of [from, to), last first. Readers that look for the name told
// last before a word ("the country named last before the trigger") use it.
// Like mentionsIn, it cuts a to past the last token.
func (d *doc) mentionsBack(from, to int) iter.Seq2[int, *mention] {
	to = min(to, len(d.mentionAt))
	return func(yield func(int, *mention) bool) {
		for k := to - 1; k >= from; k-- {
			mi := d.mentionAt[k]
			if mi < 0 {
				continue
			}
			m := d.mentions[mi]
			if !yield(mi, m) {
				return
			}
			k = m.start
		}
	}
}
