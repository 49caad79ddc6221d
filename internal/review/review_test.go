package review

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/pressmine/pressmine/corpus"
	"github.com/pressmine/pressmine/internal/score"
	"github.com/pressmine/pressmine/schema"
)

const docA = "青山市人民政府与北岭科技集团有限公司签署协议。北岭智能装备产业园项目总投资50亿元，重点发展新材料产业。白沙银行将提供20亿元融资。"
const docB = "白沙市召开会议，部署全年工作。"

// fakeSug suggests what a model might: two institutes, a project, an
// industry and an amount; it reads amounts written N亿元.
type fakeSug struct{ unsure map[string]float64 }

func (f fakeSug) Uncertainty(_ context.Context, doc *corpus.Document) float64 {
	return f.unsure[doc.ID]
}

func (f fakeSug) Suggest(_ context.Context, doc *corpus.Document) (*score.Gold, error) {
	g := &score.Gold{ID: doc.ID}
	if strings.Contains(doc.Orig, "北岭") {
		g.Institutes = []score.GoldEntity{{Name: "青山市人民政府", Kind: "government"}, {Name: "北岭科技集团有限公司", Kind: "company"}}
		g.Projects = []score.GoldProject{{Name: "北岭智能装备产业园项目"}}
		g.Industries = []score.GoldEntity{{Name: "新材料"}}
		g.Amounts = []score.GoldAmount{{Text: "50亿元", Value: "5000000000", Currency: "CNY", Role: "investment"}}
	}
	return g, nil
}

var yi = regexp.MustCompile(`^([0-9]+)亿元$`)

func (fakeSug) ReadAmount(text string) (schema.Number, string, bool) {
	m := yi.FindStringSubmatch(text)
	if m == nil {
		return "", "", false
	}
	return schema.Number(m[1] + "00000000"), "CNY", true
}

func newTestServer(t *testing.T, unsure map[string]float64, order string) (*Server, string) {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": docA, "b.txt": docB} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := New(context.Background(), dir, fakeSug{unsure}, Options{Order: order})
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

func do(t *testing.T, s *Server, method, url, token string, body any) *httptest.ResponseRecorder {
	t.Helper()
	var r *http.Request
	if body != nil {
		var b []byte
		switch v := body.(type) {
		case []byte:
			b = v
		default:
			b, _ = json.Marshal(v)
		}
		r = httptest.NewRequest(method, url, bytes.NewReader(b))
	} else {
		r = httptest.NewRequest(method, url, nil)
	}
	if token != "" {
		r.Header.Set("X-Pressmine-Token", token)
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

func getDoc(t *testing.T, s *Server, id string) docState {
	t.Helper()
	w := do(t, s, "GET", "/api/doc?id="+id, "", nil)
	if w.Code != 200 {
		t.Fatalf("GET %s: %d %s", id, w.Code, w.Body)
	}
	var st docState
	if err := json.Unmarshal(w.Body.Bytes(), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

type putBody struct {
	Version string `json:"version"`
	Gold    Gold   `json:"gold"`
}

// TestEditsWriteGold: the page's record, saved, is the gold file check and
// train read: names as in the text, attributes, links, optional names, and
// an amount added by its text alone.
func TestEditsWriteGold(t *testing.T) {
	s, dir := newTestServer(t, nil, "")
	st := getDoc(t, s, "a")
	if st.Reviewed || st.Version != "" || len(st.Gold.Institutes) != 2 {
		t.Fatalf("a document without gold is not the model's suggestion: %+v", st)
	}
	g := st.Gold
	g.Institutes = g.Institutes[1:]                                                              // reject 青山市人民政府
	g.Institutes = append(g.Institutes, Entity{Name: "白沙银行", Kind: "bank", Aliases: []string{}}) // add a missed one
	g.Industries[0].Optional = true
	g.Amounts = append(g.Amounts, Amount{Text: "20亿元", Role: "financing"}) // value read by the server
	g.Projects[0].Industry = "新材料"
	g.Projects[0].Investment = "50亿元"
	w := do(t, s, "PUT", "/api/doc?id=a", s.Token(), putBody{Gold: g})
	if w.Code != 200 {
		t.Fatalf("PUT: %d %s", w.Code, w.Body)
	}
	b, err := os.ReadFile(filepath.Join(dir, "a.gold.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := score.ParseGold("a.gold.yaml", b, "a")
	if err != nil {
		t.Fatalf("the gold file does not parse: %v\n%s", err, b)
	}
	want := &score.Gold{
		ID:         "a",
		Projects:   []score.GoldProject{{Name: "北岭智能装备产业园项目", Industry: "新材料", Investment: &schema.Investment{Value: "5000000000", Currency: "CNY"}}},
		Institutes: []score.GoldEntity{{Name: "北岭科技集团有限公司", Kind: "company"}, {Name: "白沙银行", Kind: "bank"}},
		Amounts: []score.GoldAmount{{Text: "50亿元", Value: "5000000000", Currency: "CNY", Role: "investment"},
			{Text: "20亿元", Value: "2000000000", Currency: "CNY", Role: "financing"}},
		Optional: score.GoldOptional{Industries: []string{"新材料"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gold file\n%s\nparses as %+v\nwant %+v", b, got, want)
	}
	// Read again, the document is the gold file, at its version.
	st2 := getDoc(t, s, "a")
	var v struct{ Version string }
	json.Unmarshal(w.Body.Bytes(), &v)
	if !st2.Reviewed || st2.Version != v.Version || len(st2.Gold.Institutes) != 2 || st2.Gold.Institutes[1].Name != "白沙银行" {
		t.Errorf("read back: %+v", st2)
	}
	q := do(t, s, "GET", "/api/queue", "", nil)
	if !strings.Contains(q.Body.String(), `"reviewed":1`) || !strings.Contains(q.Body.String(), `"total":2`) {
		t.Errorf("queue after one save: %s", q.Body)
	}
}

// TestRefusals: every request that must not write is refused with its
// status, and writes nothing.
func TestRefusals(t *testing.T) {
	s, dir := newTestServer(t, nil, "")
	g := getDoc(t, s, "a").Gold
	ok := putBody{Gold: g}
	for _, c := range []struct {
		name, url, token string
		body             any
		want             int
	}{
		{"no token", "/api/doc?id=a", "", ok, http.StatusForbidden},
		{"wrong token", "/api/doc?id=a", "0123", ok, http.StatusForbidden},
		{"path traversal", "/api/doc?id=../../etc/passwd", s.Token(), ok, http.StatusNotFound},
		{"unknown document", "/api/doc?id=zz", s.Token(), ok, http.StatusNotFound},
		{"oversized body", "/api/doc?id=a", s.Token(), bytes.Repeat([]byte(" "), MaxBody+10), http.StatusRequestEntityTooLarge},
		{"unknown field", "/api/doc?id=a", s.Token(), []byte(`{"version":"","gold":{},"evil":1}`), http.StatusBadRequest},
		{"name not in the text", "/api/doc?id=a", s.Token(), putBody{Gold: Gold{Institutes: []Entity{{Name: "黑山集团"}}}}, http.StatusBadRequest},
		{"stale version", "/api/doc?id=a", s.Token(), putBody{Version: "0000000000000000", Gold: g}, http.StatusConflict},
	} {
		if w := do(t, s, "PUT", c.url, c.token, c.body); w.Code != c.want {
			t.Errorf("%s: %d %s; want %d", c.name, w.Code, strings.TrimSpace(w.Body.String()), c.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "a.gold.yaml")); err == nil {
		t.Error("a refused request wrote the gold file")
	}
	// Two tabs: the second save of the same version is stale.
	if w := do(t, s, "PUT", "/api/doc?id=a", s.Token(), ok); w.Code != 200 {
		t.Fatalf("first save: %d %s", w.Code, w.Body)
	}
	if w := do(t, s, "PUT", "/api/doc?id=a", s.Token(), ok); w.Code != http.StatusConflict || !strings.Contains(w.Body.String(), "reload") {
		t.Errorf("second tab's stale save: %d %s", w.Code, w.Body)
	}
	// Another host name for the same address is refused.
	s.Allow("127.0.0.1:8765")
	r := httptest.NewRequest("GET", "/", nil)
	r.Host = "evil.example:8765"
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	if w.Code != http.StatusForbidden {
		t.Errorf("a request for another host: %d", w.Code)
	}
}

// TestSymlinkOut: a gold file that is a link out of the folder is not
// written through.
func TestSymlinkOut(t *testing.T) {
	s, dir := newTestServer(t, nil, "")
	outside := filepath.Join(t.TempDir(), "victim.yaml")
	os.WriteFile(outside, []byte("id: victim\n"), 0o644)
	if err := os.Symlink(outside, filepath.Join(dir, "a.gold.yaml")); err != nil {
		t.Skip("no symlinks here")
	}
	w := do(t, s, "PUT", "/api/doc?id=a", s.Token(), putBody{Version: version([]byte("id: victim\n")), Gold: Gold{}})
	if w.Code != http.StatusForbidden {
		t.Errorf("write through a symlink: %d %s", w.Code, w.Body)
	}
	if b, _ := os.ReadFile(outside); string(b) != "id: victim\n" {
		t.Errorf("the file outside changed: %q", b)
	}
}

// TestSavesAreWhole: while saves follow one another, a reader never sees
// a gold file that is not whole (each is written to a temporary file and
// renamed), so a server killed at any moment leaves whole files only.
func TestSavesAreWhole(t *testing.T) {
	s, dir := newTestServer(t, nil, "")
	g := getDoc(t, s, "a").Gold
	p := filepath.Join(dir, "a.gold.yaml")
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	bad := 0
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if b, err := os.ReadFile(p); err == nil {
				if _, err := score.ParseGold(p, b, "a"); err != nil {
					bad++
				}
			}
		}
	}()
	v := ""
	for i := 0; i < 100; i++ {
		g.Amounts[0].Approx = i%2 == 0
		w := do(t, s, "PUT", "/api/doc?id=a", s.Token(), putBody{Version: v, Gold: g})
		if w.Code != 200 {
			t.Fatalf("save %d: %d %s", i, w.Code, w.Body)
		}
		var r struct{ Version string }
		json.Unmarshal(w.Body.Bytes(), &r)
		v = r.Version
	}
	close(stop)
	wg.Wait()
	if bad > 0 {
		t.Errorf("a reader saw %d gold files that were not whole", bad)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".pressmine-*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestQueueOrder: documents not yet reviewed come first; with
// --order uncertain, the model's least sure first among them.
func TestQueueOrder(t *testing.T) {
	s, _ := newTestServer(t, map[string]float64{"a": 0.1, "b": 0.9}, "uncertain")
	w := do(t, s, "GET", "/api/queue", "", nil)
	if !strings.Contains(w.Body.String(), `"docs":[{"id":"b","reviewed":false},{"id":"a","reviewed":false}]`) {
		t.Errorf("uncertain order: %s", w.Body)
	}
	s, dir := newTestServer(t, nil, "")
	os.WriteFile(filepath.Join(dir, "a.gold.yaml"), []byte("id: a\n"), 0o644)
	s, _ = New(context.Background(), dir, fakeSug{}, Options{})
	w = do(t, s, "GET", "/api/queue", "", nil)
	if !strings.Contains(w.Body.String(), `"docs":[{"id":"b","reviewed":false},{"id":"a","reviewed":true}]`) {
		t.Errorf("reviewed last: %s", w.Body)
	}
}

// TestJSONLSources: documents of a JSONL file are reviewed one by one, each
// saved as DIR/<id>.gold.yaml (in a sub-folder when the id has one), where
// check and train look for them.
func TestJSONLSources(t *testing.T) {
	dir := t.TempDir()
	lines := `{"id":"x","text":"` + docA + `"}` + "\n" + `{"id":"sub/y","text":"` + docB + `"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "batch.jsonl"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := New(context.Background(), dir, fakeSug{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"x", "sub/y"} {
		g := getDoc(t, s, id).Gold
		if w := do(t, s, "PUT", "/api/doc?id="+id, s.Token(), putBody{Gold: g}); w.Code != 200 {
			t.Fatalf("PUT %s: %d %s", id, w.Code, w.Body)
		}
		p := filepath.Join(dir, filepath.FromSlash(id)+".gold.yaml")
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := score.ParseGold(p, b, id); err != nil {
			t.Errorf("%s: %v", id, err)
		}
		if !getDoc(t, s, id).Reviewed {
			t.Errorf("%s is not reviewed after its save", id)
		}
	}
}
