package pipeline

import (
	"math"
	"testing"
)

// TestChooseDropNeedsAGain: the learned filter stays off unless dropping
// events below some margin gains at least evMinGain held-out events
// (false ones dropped less evDropCost per right one); a gain of one event
// flipped it with any rule change.
func TestChooseDropNeedsAGain(t *testing.T) {
	held := func(falseLow, rightLow int) []filterHeld {
		var hs []filterHeld
		m := float32(-10)
		for range falseLow {
			hs = append(hs, filterHeld{margin: m, right: false})
			m += 0.1
		}
		for range rightLow {
			hs = append(hs, filterHeld{margin: m, right: true})
			m += 0.1
		}
		for range 20 {
			hs = append(hs, filterHeld{margin: 5, right: true})
		}
		return hs
	}
	if _, u := chooseDrop(held(1, 0)); u >= evMinGain {
		t.Errorf("gain 1: utility %d, want < %d", u, evMinGain)
	}
	if _, u := chooseDrop(held(evMinGain-1, 0)); u >= evMinGain {
		t.Errorf("gain %d: utility %d, want < %d", evMinGain-1, u, evMinGain)
	}
	if got, _ := chooseDrop(held(evMinGain+1, 0)); math.IsInf(float64(got), -1) || got < -10+0.1*evMinGain || got > 5 {
		t.Errorf("gain %d: drop margin %v, want one above the false events", evMinGain+1, got)
	}
}
