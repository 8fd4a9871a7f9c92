package pipeline

import "testing"

// TestNamedNextPatient: whom an arrest, a sentence or a kidnapping befell,
// described in the lead, is the one new person the next sentence tells
// of; the reader abstains when that sentence names the person only in
// passing or names no new person.
func TestNamedNextPatient(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "object described, named as the next sentence's subject",
			text: "A Turkish court has sentenced an opposition newspaper editor to three years in prison for libel. " +
				"Ahmet Sik was arrested in March after his paper criticized a senior official.",
			want: []string{"SENTENCE sentenced [Ahmet Sik:PATIENT Turkey:AGENT]"},
		},
		{
			name: "a body in the description, named after the description's head noun",
			text: "Afghan police say they have arrested a senior Taliban commander accused of attacks on aid workers. " +
				"Officials said Wednesday they captured Taliban commander Mullah Abdul Samad in Kunduz.",
			want: []string{"ARREST arrested [Afghanistan:AGENT Mullah Abdul Samad:PATIENT Taleban:PATIENT]"},
		},
		{
			name: "a definite description first told",
			text: "An Egyptian court has convicted the former head of a state bank of fraud. " +
				"Mahmoud Abdel-Latif was accused of approving loans worth millions of dollars without guarantees.",
			want: []string{"TRIAL convicted [Egypt:AGENT Mahmoud Abdel-Latif:PATIENT]"},
		},
		{
			name: "participle after the description, named in a report",
			text: "Spain says a Spanish aid worker kidnapped in northern Mali last month has been freed. " +
				"The Foreign Ministry said Alicia Gamez was released on Friday.",
			want: []string{"ATTACK kidnapped [Alicia Gamez:PATIENT]"},
		},
		{
			name: "named only in passing in another item: abstain",
			text: "Gunmen in Gaza kidnapped a French activist near Rafah, but later released him. " +
				"Coalition troops in Iraq have raided the home of a senior politician, Khalaf al-Ulayan.",
			want: []string{"ATTACK kidnapped [France:PATIENT]"},
		},
	})
}
