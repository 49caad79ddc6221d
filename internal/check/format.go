package check

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/pressmine/pressmine/diag"
	"github.com/pressmine/pressmine/internal/score"
)

// Formats are the output formats.
var Formats = []string{"text", "json", "junit", "sarif", "github"}

// Write writes the result in a format. colour adds ANSI colours to text.
func Write(w io.Writer, format string, r *Result, colour bool) error {
	switch format {
	case "text", "":
		return writeText(w, r, colour)
	case "json":
		return writeJSON(w, r)
	case "junit":
		return writeJUnit(w, r)
	case "sarif":
		return writeSARIF(w, r)
	case "github":
		return writeGitHub(w, r)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

func allFindings(r *Result) []Finding {
	var out []Finding
	for _, d := range r.Docs {
		out = append(out, d.Findings...)
	}
	slices.SortStableFunc(out, func(a, b Finding) int { return diag.Compare(a.Position, b.Position) })
	return out
}

func writeText(w io.Writer, r *Result, colour bool) error {
	paint := func(code, s string) string {
		if !colour {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	for _, f := range allFindings(r) {
		lvl := f.Level
		if lvl == LevelError {
			lvl = paint("31", lvl)
		} else {
			lvl = paint("33", lvl)
		}
		fmt.Fprintf(w, "%s%s: %s: %s\n", f.Position.Prefix(), lvl, f.Rule, f.Msg)
	}
	if r.Scored > 0 {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "category\tTP\tFP\tFN\tP\tR\tF1\tmin\t")
		for _, c := range score.Categories {
			x := r.Report.Counts[c]
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%s\t\n", c, x.TP, x.FP, x.FN, x.P(), x.R(), x.F1(), gateMark(r, c, paint))
		}
		fmt.Fprintln(tw, "attribute\tright\tall\t\t\t\taccuracy\tmin\t")
		for _, a := range score.Attributes {
			x := r.Report.Attrs[a]
			fmt.Fprintf(tw, "%s\t%d\t%d\t\t\t\t%.3f\t%s\t\n", a, x.Right, x.Total, x.Value(), gateMark(r, a, paint))
		}
		tw.Flush()
	}
	verdict := paint("32", "PASS")
	if r.Failed() {
		verdict = paint("31", "FAIL")
	}
	_, err := fmt.Fprintf(w, "pressmine check: %d documents, %d scored, %d errors, %d warnings, gates %s: %s\n",
		len(r.Docs), r.Scored, r.Errors, r.Warns, gateSummary(r), verdict)
	return err
}

func gateMark(r *Result, name string, paint func(string, string) string) string {
	for _, g := range r.Gates {
		if g.Name == name {
			if g.Pass {
				return paint("32", fmt.Sprintf("%.2f ok", g.Min))
			}
			return paint("31", fmt.Sprintf("%.2f FAIL", g.Min))
		}
	}
	return "-"
}

func gateSummary(r *Result) string {
	pass := 0
	for _, g := range r.Gates {
		if g.Pass {
			pass++
		}
	}
	return fmt.Sprintf("%d/%d passed", pass, len(r.Gates))
}

type jsonCounts struct {
	TP, FP, FN int
	P, R, F1   float64
}

func writeJSON(w io.Writer, r *Result) error {
	out := struct {
		*Result
		Categories map[string]jsonCounts `json:"categories"`
		Attributes map[string]float64    `json:"attributes"`
		Failed     bool                  `json:"failed"`
	}{Result: r, Categories: map[string]jsonCounts{}, Attributes: map[string]float64{}, Failed: r.Failed()}
	for _, c := range score.Categories {
		x := r.Report.Counts[c]
		out.Categories[c] = jsonCounts{x.TP, x.FP, x.FN, x.P(), x.R(), x.F1()}
	}
	for _, a := range score.Attributes {
		out.Attributes[a] = r.Report.Attrs[a].Value()
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// JUnit XML, in the shape CI systems read (Jenkins/Ant): one test case per
// document, one per gate.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Error     *junitFailure `xml:"error,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func writeJUnit(w io.Writer, r *Result) error {
	docs := junitSuite{Name: "documents"}
	for _, d := range r.Docs {
		c := junitCase{Name: d.ID, ClassName: "pressmine.documents", File: d.Path}
		var errs, warns []string
		for _, f := range d.Findings {
			if f.Level == LevelError {
				errs = append(errs, f.String())
			} else {
				warns = append(warns, f.String())
			}
		}
		failing := errs
		if r.FailOn == "warnings" {
			failing = append(failing, warns...)
		}
		if len(failing) > 0 {
			c.Failure = &junitFailure{Message: fmt.Sprintf("%d findings", len(failing)), Type: "findings", Text: strings.Join(failing, "\n")}
			docs.Failures++
		} else if len(warns) > 0 {
			c.SystemOut = strings.Join(warns, "\n")
		}
		docs.Cases = append(docs.Cases, c)
		docs.Tests++
	}
	gates := junitSuite{Name: "gates"}
	for _, g := range r.Gates {
		c := junitCase{Name: g.Kind + " " + g.Name, ClassName: "pressmine.gates"}
		if !g.Pass {
			c.Failure = &junitFailure{Message: fmt.Sprintf("%s %.3f < %.3f", g.Name, g.Value, g.Min), Type: "gate"}
			gates.Failures++
		}
		gates.Cases = append(gates.Cases, c)
		gates.Tests++
	}
	s := junitSuites{Name: "pressmine check", Suites: []junitSuite{docs, gates}}
	s.Tests = docs.Tests + gates.Tests
	s.Failures = docs.Failures + gates.Failures
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(s); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// SARIF 2.1.0.
var ruleHelp = map[string]string{
	"read": "The source document cannot be read or decoded.", "extract": "No valid record could be extracted.",
	"schema": "The record does not match the record JSON Schema.", "span": "A span does not slice the source text to the mention.",
	"value": "A value disagrees with its text or with the source.", "duplicate": "An entity or id appears twice.",
	"yaml": "The YAML cannot be read.", "drift": "Re-extraction would change the committed record.",
	"FP": "A predicted entity that the expected record does not list.", "FN": "An expected entity that was not found.",
	"DUP": "A second prediction of one expected entity.", "WRONG": "A matched entity with a wrong attribute.",
	"gate": "A quality gate is not reached.",
}

func writeSARIF(w io.Writer, r *Result) error {
	type region struct {
		StartLine   int `json:"startLine,omitempty"`
		StartColumn int `json:"startColumn,omitempty"`
	}
	type physical struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region *region `json:"region,omitempty"`
	}
	type location struct {
		PhysicalLocation physical `json:"physicalLocation"`
	}
	type message struct {
		Text string `json:"text"`
	}
	type result struct {
		RuleID    string     `json:"ruleId"`
		Level     string     `json:"level"`
		Message   message    `json:"message"`
		Locations []location `json:"locations,omitempty"`
	}
	type rule struct {
		ID               string  `json:"id"`
		ShortDescription message `json:"shortDescription"`
	}
	var results []result
	used := map[string]bool{}
	for _, f := range allFindings(r) {
		used[f.Rule] = true
		res := result{RuleID: f.Rule, Level: f.Level, Message: message{f.Msg}}
		if f.Path != "" {
			var loc location
			loc.PhysicalLocation.ArtifactLocation.URI = filepath.ToSlash(f.Path)
			if f.Line > 0 {
				loc.PhysicalLocation.Region = &region{StartLine: f.Line, StartColumn: max(f.Col, 1)}
			}
			res.Locations = []location{loc}
		}
		results = append(results, res)
	}
	for _, g := range r.Gates {
		if !g.Pass {
			used["gate"] = true
			results = append(results, result{RuleID: "gate", Level: "error", Message: message{fmt.Sprintf("%s %s %.3f is below %.3f", g.Kind, g.Name, g.Value, g.Min)}})
		}
	}
	var rules []rule
	var ids []string
	for id := range used {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		rules = append(rules, rule{ID: id, ShortDescription: message{ruleHelp[id]}})
	}
	if results == nil {
		results = []result{}
	}
	type driver struct {
		Name           string `json:"name"`
		InformationURI string `json:"informationUri,omitempty"`
		Rules          []rule `json:"rules"`
	}
	log := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool":    map[string]any{"driver": driver{Name: "pressmine", Rules: rules}},
			"results": results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// GitHub Actions workflow commands: ::error file=…,line=…,col=…::message.
func writeGitHub(w io.Writer, r *Result) error {
	esc := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	escProp := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	for _, f := range allFindings(r) {
		props := []string{}
		if f.Path != "" {
			props = append(props, "file="+escProp.Replace(filepath.ToSlash(f.Path)))
		}
		if f.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.Line), fmt.Sprintf("col=%d", max(f.Col, 1)))
		}
		props = append(props, "title="+escProp.Replace("pressmine "+f.Rule))
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", f.Level, strings.Join(props, ","), esc.Replace(f.Msg)); err != nil {
			return err
		}
	}
	for _, g := range r.Gates {
		if !g.Pass {
			fmt.Fprintf(w, "::error title=pressmine gate::%s %s %.3f is below %.3f\n", g.Kind, g.Name, g.Value, g.Min)
		}
	}
	_, err := fmt.Fprintf(w, "::notice title=pressmine check::%d documents, %d errors, %d warnings, gates %s\n", len(r.Docs), r.Errors, r.Warns, gateSummary(r))
	return err
}
