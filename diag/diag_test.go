package diag

import (
	"errors"
	"testing"
)

func TestPositionString(t *testing.T) {
	for _, c := range []struct {
		p    Position
		want string
	}{
		{Position{"a.txt", 3, 7}, "a.txt:3:7"},
		{Position{"a.txt", 3, 0}, "a.txt:3"},
		{Position{"a.txt", 0, 0}, "a.txt"},
		{Position{}, ""},
	} {
		if got := c.p.String(); got != c.want {
			t.Errorf("%#v.String() = %q; want %q", c.p, got, c.want)
		}
	}
	if got := (&Error{Msg: "bad"}).Error(); got != "bad" {
		t.Errorf("an error at no position prints %q", got)
	}
}

func TestListSortAndErr(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("an empty list is an error")
	}
	l.Add(Position{"b.yaml", 1, 1}, "third")
	l.Add(Position{"a.yaml", 9, 2}, "second")
	l.Add(Position{"a.yaml", 2, 5}, "first")
	l.Add(Position{"a.yaml", 9, 2}, "second, same place")
	l.Sort()
	var got []string
	for _, e := range l {
		got = append(got, e.Msg)
	}
	want := []string{"first", "second", "second, same place", "third"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("sorted %v; want %v", got, want)
		}
	}
	err := l.Err()
	var list List
	if !errors.As(err, &list) || err.Error() != "a.yaml:2:5: first (and 3 more errors)" {
		t.Errorf("Err() = %v", err)
	}
}
