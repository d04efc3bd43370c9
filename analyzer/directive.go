package analyzer

import (
	"go/ast"
	"go/token"
	"strings"
	"unicode"
)

// The ignore directive:
//
//	//checkoutexpiry:ignore <reason>
//
// on a line, or on the line above it, silences every checkoutexpiry
// diagnostic on that line. The reason is required: a directive without one
// is reported (category "directive") and silences nothing. Filtering happens
// here, inside the analyzer, so the directive works the same under the
// standalone command, go vet, golangci-lint and any other driver.

const directiveTool = "checkoutexpiry"

// directives are the valid ignore directives of one package.
type directives struct {
	// lines maps a file to the lines a valid directive silences.
	lines map[*token.File]map[int]bool
}

// badDirective is a malformed directive, reported as such.
type badDirective struct {
	pos     token.Pos
	end     token.Pos
	message string
}

// parseDirectives reads every comment of files.
func parseDirectives(fset *token.FileSet, files []*ast.File) (directives, []badDirective) {
	ds := directives{lines: make(map[*token.File]map[int]bool)}
	var bad []badDirective
	for _, file := range files {
		tf := fset.File(file.Pos())
		if tf == nil {
			continue
		}
		for _, group := range file.Comments {
			for _, c := range group.List {
				ok, b := checkDirective(c)
				if b != nil {
					bad = append(bad, *b)
				}
				if ok {
					line := tf.Line(c.Slash)
					if ds.lines[tf] == nil {
						ds.lines[tf] = make(map[int]bool)
					}
					ds.lines[tf][line] = true
					ds.lines[tf][line+1] = true
				}
			}
		}
	}
	return ds, bad
}

// checkDirective classifies one comment: a valid ignore directive, a
// malformed one (returned for reporting), or neither. Any // comment that
// addresses checkoutexpiry: is one or the other, so that a misspelt
// directive never silently silences nothing.
func checkDirective(c *ast.Comment) (valid bool, bad *badDirective) {
	report := func(msg string) (bool, *badDirective) {
		return false, &badDirective{pos: c.Slash, end: c.End(), message: msg}
	}
	rest, ok := strings.CutPrefix(c.Text, "//")
	if !ok {
		return false, nil // a /* */ comment is never a directive
	}
	text := strings.TrimLeftFunc(rest, unicode.IsSpace)
	body, ok := strings.CutPrefix(text, directiveTool+":")
	if !ok {
		return false, nil
	}
	if text != rest {
		// "// checkoutexpiry:ignore ..." is a plain comment to Go tools.
		return report("malformed checkoutexpiry directive: write //" + strings.TrimRightFunc(text, unicode.IsSpace) + " without a space after //, or it is an ordinary comment that silences nothing")
	}
	name, args := body, ""
	if i := strings.IndexFunc(body, unicode.IsSpace); i >= 0 {
		name, args = body[:i], body[i:]
	}
	if name == "" {
		return report("malformed checkoutexpiry directive: write //checkoutexpiry:ignore <reason>, with no space after the colon")
	}
	if name != "ignore" {
		return report("unknown checkoutexpiry directive //" + directiveTool + ":" + name + ": the only directive is //checkoutexpiry:ignore <reason>")
	}
	if strings.TrimSpace(args) == "" {
		return report("checkoutexpiry:ignore needs a reason, e.g. //checkoutexpiry:ignore session is minted when the customer clicks; a directive without one silences nothing")
	}
	return true, nil
}

// silenced reports whether a diagnostic at pos is covered by a directive.
func (ds directives) silenced(fset *token.FileSet, pos token.Pos) bool {
	tf := fset.File(pos)
	if tf == nil {
		return false
	}
	return ds.lines[tf][tf.Line(pos)]
}
