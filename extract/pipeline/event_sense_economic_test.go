package pipeline

import "testing"

// TestEconomicSense: violence words of prices, tariffs and trade are no
// attack; the same words with a war's targets beside them stay attacks.
func TestEconomicSense(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Australia slapped a 20 pct duty on Chinese steel imports in March, the trade minister said.", "-ATTACK slapped"},
		{"Brazilian farmers blame a subsidy war between the United States and the European Union for low grain prices.", "-ATTACK war"},
		{"Oil prices rose after Iranian forces launched a new offensive against Iraqi positions near Basra on Monday.", "ATTACK offensive"},
	})
}
