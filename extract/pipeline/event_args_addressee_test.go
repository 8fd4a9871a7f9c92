package pipeline

import "testing"

// TestUnnamedAddressee: an appeal to "them" or "all sides" to act is aimed
// at someone; an appeal with no one asked, or one told as a purpose, is not
// kept on that account.
func TestUnnamedAddressee(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"In a televised address, President Putin urged them to follow the tradition of helping the poor.", "APPEAL urged"},
		{"The Sri Lankan government condemned the bombing and urged all sides to return to the peace process.", "APPEAL urged"},
		{"President Putin urged to follow the tradition of helping the poor.", "-APPEAL urged"},
		{"Mr. Abbas will travel to Gaza on Wednesday to urge them to accept a truce.", "-APPEAL urge"},
	})
}
