package pipeline

import "testing"

// TestNamedOverNationality pins namedOverNationality (twelfth session): the
// person the next sentence names stands for the whole opening description,
// nationality included.
func TestNamedOverNationality(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{{
		name: "nationality on the described person",
		text: "A Canadian woman has been jailed for seven years for smuggling heroin into Thailand.\n\n" +
			"Marie Tremblay was arrested at Bangkok airport in 2005 with two kilograms of the drug in her luggage.",
		want: []string{"SENTENCE jailed [Marie Tremblay:PATIENT]"},
	}})
}

// TestActingCountryOnce pins exported (events.go, twelfth session): two
// places of one country that act in one event give the country once.
func TestActingCountryOnce(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{{
		name: "capital and region of one country",
		text: "Aid agencies say the fighting in western Sudan has eased.\n\n" +
			"The Khartoum government and Darfur's largest rebel faction signed a ceasefire agreement in Abuja on Friday.",
		want: []string{"AGREEMENT agreement [Sudan:PARTICIPANT]"},
	}})
}
