package store

import (
	"reflect"
	"testing"
	"unsafe"
)

// TestPackEntity checks that packing keeps every string's value and puts
// them in one allocation.
func TestPackEntity(t *testing.T) {
	e := &Entity{
		ID: 7, Name: "Sergey Lavrov", Type: "PERSON", KB: "Q1", FirstSeen: "2005-01-02", LastSeen: "2005-03-04",
		Aliases: []Alias{{Text: "Lavrov", Count: 3}, {Text: "", Count: 1}, {Text: "Sergei Lavrov", Count: 2}},
		Roles:   []Role{{Title: "foreign minister", Org: "Russia", OrgID: 9, FirstSeen: "2005-01-02", LastSeen: "2005-01-03", Count: 2}},
	}
	want := *e
	want.Aliases = append([]Alias(nil), e.Aliases...)
	want.Roles = append([]Role(nil), e.Roles...)
	packEntity(e)
	if !reflect.DeepEqual(*e, want) {
		t.Fatalf("packed entity\n%+v\nwant\n%+v", *e, want)
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(e.Name)))
	last := uintptr(unsafe.Pointer(unsafe.StringData(e.Roles[0].LastSeen)))
	if n := len("Sergey LavrovPERSONQ12005-01-022005-03-04LavrovSergei Lavrovforeign ministerRussia2005-01-02"); last != base+uintptr(n) {
		t.Errorf("the last string is at offset %d from the first, want %d (one allocation, in order)", last-base, n)
	}
}
