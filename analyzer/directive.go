package analyzer

import (
	"go/ast"
	"go/token"
	"strings"
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
// malformed one (returned for reporting), or neither.
func checkDirective(c *ast.Comment) (valid bool, bad *badDirective) {
	report := func(msg string) (bool, *badDirective) {
		return false, &badDirective{pos: c.Slash, end: c.End(), message: msg}
	}
	d, ok := ast.ParseDirective(c.Slash, c.Text)
	if !ok {
		// "// checkoutexpiry:ignore ..." is a plain comment to Go tools.
		text := strings.TrimSpace(strings.TrimPrefix(c.Text, "//"))
		if strings.HasPrefix(c.Text, "// ") && strings.HasPrefix(text, directiveTool+":") {
			return report("malformed checkoutexpiry directive: write //" + text + " without a space after //, or it is an ordinary comment that silences nothing")
		}
		return false, nil
	}
	if d.Tool != directiveTool {
		return false, nil
	}
	if d.Name != "ignore" {
		return report("unknown checkoutexpiry directive //" + d.Tool + ":" + d.Name + ": the only directive is //checkoutexpiry:ignore <reason>")
	}
	if d.Args == "" {
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
