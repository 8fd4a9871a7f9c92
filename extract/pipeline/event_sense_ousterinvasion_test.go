package pipeline

import "testing"

// TestInvasionOusts: an invasion told as what ousted a government is the
// ouster's attack, no occupation; a bare invasion stays one.
func TestInvasionOusts(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Violence has grown in Somalia since an Ethiopian invasion ousted the Islamic Courts in 2006.", "-OCCUPY invasion"},
		{"The Islamic Courts were ousted by an Ethiopian invasion in 2006.", "-OCCUPY invasion"},
		{"Violence has grown in Somalia since the Ethiopian invasion of the country in 2006.", "OCCUPY invasion"},
	})
}
