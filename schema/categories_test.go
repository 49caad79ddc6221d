package schema

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestCategoriesMatchSchema: every category of the one list is an array
// of the JSON Schema and a list field of Record with the same key, in the
// same order, and the schema has no other array of entities.
func TestCategoriesMatchSchema(t *testing.T) {
	var js struct {
		Properties map[string]struct {
			Type any `json:"type"`
		} `json:"properties"`
		Required []string `json:"required"`
	}
	if err := json.Unmarshal(JSONSchema(), &js); err != nil {
		t.Fatal(err)
	}
	var arrays []string
	for _, k := range js.Required {
		if js.Properties[k].Type == "array" {
			arrays = append(arrays, k)
		}
	}
	if !reflect.DeepEqual(arrays, CategoryNames()) {
		t.Errorf("JSON Schema arrays %v; Categories %v", arrays, CategoryNames())
	}
	var fields []string
	rt := reflect.TypeOf(Record{})
	for i := 0; i < rt.NumField(); i++ {
		if rt.Field(i).Type.Kind() == reflect.Slice {
			fields = append(fields, strings.Split(rt.Field(i).Tag.Get("yaml"), ",")[0])
		}
	}
	if !reflect.DeepEqual(fields, CategoryNames()) {
		t.Errorf("Record list fields %v; Categories %v", fields, CategoryNames())
	}
	for _, c := range Categories {
		if got, ok := CategoryOf(c.Kind); !ok || got != c {
			t.Errorf("CategoryOf(%q) = %v, %v", c.Kind, got, ok)
		}
	}
}

// TestSetEntitiesUnknownKind: entities of a kind the record has no list
// for are an error that names the kind, not silently dropped.
func TestSetEntitiesUnknownKind(t *testing.T) {
	var r Record
	if err := r.SetEntities("venue", nil); err != nil {
		t.Errorf("no entities: %v", err)
	}
	err := r.SetEntities("venue", []Entity{{Name: "青山会展中心", Spans: Spans{{0, 6}}}})
	if err == nil || !strings.Contains(err.Error(), `"venue"`) {
		t.Errorf("SetEntities(venue) = %v; want an error naming the kind", err)
	}
}
