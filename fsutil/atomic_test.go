package fsutil

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.yaml")
	for _, want := range []string{"first\n", "second, longer\n", ""} {
		if err := Write(p, []byte(want)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(p)
		if err != nil || string(got) != want {
			t.Fatalf("Write then read = %q, %v; want %q", got, err, want)
		}
	}
	if err := Write(filepath.Join(dir, "missing", "r.yaml"), []byte("x")); err == nil {
		t.Error("Write into a missing folder succeeded")
	}
	left, _ := filepath.Glob(filepath.Join(dir, TempPattern))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestWriteMode: the file is readable by all, as output files are.
func TestWriteMode(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.html")
	if err := Write(p, []byte("x")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil || st.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v, %v; want 0644", st.Mode().Perm(), err)
	}
}
