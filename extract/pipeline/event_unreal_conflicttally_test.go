package pipeline

import "testing"

// TestConflictTallyIsNoEvent: a conflict's toll told with a perfect and a
// large count, or counted over the conflict or this month, sums many acts;
// one attack the conflict noun stands for, with a small count, stays.
func TestConflictTallyIsNoEvent(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Clashes between the army and rebel militias have killed thousands of Congolese since the rebels took up arms.", "-ATTACK killed"},
		{"Aid groups say fighting between Ethiopian troops and insurgents has killed thousands of Somalis.", "-ATTACK killed"},
		{"Aid groups say sectarian violence has killed more than 1,500 Iraqis.", "-ATTACK killed"},
		{"Aid groups say violence in Iraq has killed three American soldiers near Basra.", "ATTACK killed"},
		{"The United Nations says 200,000 people have died during the conflict in Darfur.", "-DEATH died"},
		{"This month, about 60 British soldiers have died in Afghanistan.", "-DEATH died"},
		{"Last month, two British soldiers were killed in a roadside bombing in Afghanistan.", "ATTACK killed"},
	})
}
