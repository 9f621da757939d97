package world

import (
	"errors"
	"testing"
)

func goodIdentity() Identity {
	return Identity{LastName: "Rahma", FirstName: "Siti", BirthDate: "14.02.1990", Citizenship: "ID",
		Address: "Jl. Merdeka 1, Jakarta", Phone: "+62 812 0000 0002", Document: "passport", DocumentNumber: "A1234567"}
}

func TestCheckIdentity(t *testing.T) {
	now := fixedClock() // 2 January 2026
	cases := []struct {
		why  string
		edit func(*Identity)
		want error
	}{
		{"everything given", func(*Identity) {}, nil},
		{"the document is optional (002)", func(id *Identity) { id.Document, id.DocumentNumber = "", "" }, nil},
		{"no last name", func(id *Identity) { id.LastName = " " }, ErrLastName},
		{"no first name", func(id *Identity) { id.FirstName = "" }, ErrFirstName},
		{"no date of birth", func(id *Identity) { id.BirthDate = "" }, ErrBirthDate},
		{"a date in another format", func(id *Identity) { id.BirthDate = "1990-02-14" }, ErrBirthDate},
		{"a date that does not exist", func(id *Identity) { id.BirthDate = "31.02.1990" }, ErrBirthDate},
		{"seventeen years old", func(id *Identity) { id.BirthDate = "03.01.2008" }, ErrTooYoung},
		{"eighteen today", func(id *Identity) { id.BirthDate = "02.01.2008" }, nil},
		{"no citizenship", func(id *Identity) { id.Citizenship = "" }, ErrCitizenship},
		{"no address", func(id *Identity) { id.Address = "" }, ErrAddress},
		{"a phone too short", func(id *Identity) { id.Phone = "12-34" }, ErrPhone},
	}
	for _, tc := range cases {
		id := goodIdentity()
		tc.edit(&id)
		if err := CheckIdentity(id, now); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
			t.Errorf("%s: %v, want %v", tc.why, err, tc.want)
		}
	}
}

// Only the last four characters of the document number are kept.
func TestIdentityKeepsLittleOfTheDocument(t *testing.T) {
	w := confirmedBuyer(t)
	if err := w.SetSecurity("siti@example.com", goodSecurity()); err != nil {
		t.Fatal(err)
	}
	if err := w.SetIdentity("siti@example.com", goodIdentity()); err != nil {
		t.Fatal(err)
	}
	if path := findStringIn(w, "A1234567"); path != "" {
		t.Errorf("the world keeps the document number at %s", path)
	}
}
