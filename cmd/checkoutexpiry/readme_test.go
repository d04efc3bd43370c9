package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fencedAfter returns the body of the first fenced block after marker.
func fencedAfter(t *testing.T, doc, marker string) string {
	t.Helper()
	_, rest, ok := strings.Cut(doc, marker)
	if !ok {
		t.Fatalf("README has no %s", marker)
	}
	_, rest, ok = strings.Cut(rest, "```")
	if !ok {
		t.Fatalf("no fenced block after %s", marker)
	}
	_, rest, _ = strings.Cut(rest, "\n") // the info string
	body, _, ok := strings.Cut(rest, "```")
	if !ok {
		t.Fatalf("unterminated block after %s", marker)
	}
	return body
}

// The README's first command lints examples/ and prints what the README
// shows.
func TestREADMEExample(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	command := fencedAfter(t, string(readme), "<!-- example:command -->")
	want := fencedAfter(t, string(readme), "<!-- example:output -->")

	cmd := exec.Command("sh", "-e", "-c", command)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=readonly", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	exit, _ := err.(*exec.ExitError)
	if exit == nil || exit.ExitCode() != 1 {
		t.Fatalf("want exit status 1, got %v\n%s", err, out)
	}
	if got := string(out); got != want {
		t.Errorf("README command printed:\n%s\nREADME shows:\n%s", got, want)
	}
}
