package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestServeFlags: serve and demo answer -h without an error, and each bad
// value is a usage error that names the flag and the value.
func TestServeFlags(t *testing.T) {
	for _, name := range []string{"serve", "demo"} {
		var errb bytes.Buffer
		if _, help, err := parseServeFlags(name, []string{"-h"}, &errb); !help || err != nil {
			t.Errorf("%s -h = help %v, err %v; want help and no error", name, help, err)
		}
		if !strings.Contains(errb.String(), "-response-cache") {
			t.Errorf("%s -h printed %q; want the flags", name, errb.String())
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--response-cache", "-5"}, "--response-cache -5"},
		{[]string{"--gc-percent", "-7"}, "--gc-percent -7"},
		{[]string{"--gc-percent", "-1"}, "needs --memory-limit"},
		{[]string{"--memory-limit", "-1"}, "--memory-limit -1"},
		{[]string{"--response-cache", "abc"}, "response-cache"},
		{[]string{"extra"}, `unexpected argument "extra"`},
	} {
		_, help, err := parseServeFlags("serve", tc.args, &bytes.Buffer{})
		var ue cmdUsageError
		if help || !errors.As(err, &ue) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("serve %v = help %v, err %v; want a usage error naming %q", tc.args, help, err, tc.want)
		}
	}
	if o, _, err := parseServeFlags("serve", []string{"--gc-percent", "-1", "--memory-limit", "512"}, &bytes.Buffer{}); err != nil || o.gc.limitMiB != 512 {
		t.Errorf("--gc-percent -1 with --memory-limit 512 = %+v, %v; want accepted", o.gc, err)
	}
}
