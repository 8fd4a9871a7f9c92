package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlags is a subcommand's flag set. Errors and -h go to stderr: the usage
// lines first, then every flag with its default.
func newFlags(name string, stderr io.Writer, usage ...string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		for _, l := range usage {
			fmt.Fprintln(stderr, l)
		}
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses the flags of a command that takes no other arguments.
// help is true after -h, which is not an error; everything else the user got
// wrong is a usage error naming the command.
func parseFlags(fs *flag.FlagSet, args []string) (help bool, err error) {
	if err := fs.Parse(args); err != nil {
		return flagError(fs, err)
	}
	if fs.NArg() > 0 {
		return false, usageErr(fmt.Sprintf("%s: unexpected argument %q", fs.Name(), fs.Arg(0)))
	}
	return false, nil
}

// parseWithArgs is parseFlags for a command that takes arguments (paths,
// files), which may come before, between or after the flags.
func parseWithArgs(fs *flag.FlagSet, args []string) (rest []string, help bool, err error) {
	rest, err = parseInterspersed(fs, args)
	if err != nil {
		help, err = flagError(fs, err)
		return nil, help, err
	}
	return rest, false, nil
}

func flagError(fs *flag.FlagSet, err error) (help bool, _ error) {
	if errors.Is(err, flag.ErrHelp) {
		return true, nil
	}
	return false, usageErr(fs.Name() + ": " + err.Error())
}

// parseInterspersed parses flags before, between and after paths, as users
// type them (`ingest a.txt --date 2014-03-30`); after "--" everything is a path.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return paths, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(paths, rest...), nil
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}
