// Assessments' record hooks in Go: the validation, the save (checklist lock, blind-round reveal)
// and the request checks that were pb_hooks/lib/assessments.js, assessment-content.js and the
// assessment half of workspaces.pb.js and record-requests.pb.js, with the same codes, messages
// and order. Why Go: an assessment is the record a sync pushes by the thousand, and the hooks'
// JavaScript engine (an interpreter, one pooled VM held per record of a batch) cost ~5 ms of server
// CPU per assessment against 1.6 ms for PocketBase itself (docs/sync.md, "Where the time goes").
// The contract and rule-matrix tests (tests/integration) check these answers through the real API.
package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/types"
)

var (
	gwcDimensions = []string{"get", "want", "capacity"}
	gwcLabels     = map[string]string{"get": "Get it", "want": "Want it", "capacity": "Capacity"}
	ratings       = []string{"plus", "plus_minus", "minus"}
)

// bindAssessmentHooks binds the assessments' Go hooks (the JS hooks no longer cover assessments).
func bindAssessmentHooks(app core.App) {
	app.OnRecordValidate("assessments").BindFunc(func(e *core.RecordEvent) error {
		if err := validateAssessment(e.App, e.Record); err != nil {
			return err
		}
		return e.Next()
	})
	save := func(e *core.RecordEvent) error {
		stampSubmitted(e.Record)
		original := e.App
		defer func() { e.App = original }() // later hooks must not use a finished transaction
		return original.RunInTransaction(func(txApp core.App) error {
			e.App = txApp
			if err := e.Next(); err != nil {
				return err
			}
			if err := revealWhenAllSubmitted(txApp, e.Record); err != nil {
				return err
			}
			return lockChecklist(txApp, e.Record.GetString("checklist"))
		})
	}
	app.OnRecordCreate("assessments").BindFunc(save)
	app.OnRecordUpdate("assessments").BindFunc(save)
	app.OnRecordCreateRequest("assessments").BindFunc(func(e *core.RecordRequestEvent) error {
		if err := assignCaller(e, "assessor"); err != nil {
			return err
		}
		if err := checkRequestBody(e); err != nil {
			return err
		}
		return e.Next()
	})
	app.OnRecordUpdateRequest("assessments").BindFunc(func(e *core.RecordRequestEvent) error {
		if err := checkRequestBody(e); err != nil {
			return err
		}
		if err := checkSyncBase(e); err != nil {
			return err
		}
		return e.Next()
	})
}

// readJSON is json.js readJson: the parsed value of a JSON field, nil when empty.
func readJSON(record *core.Record, name string) any {
	var raw string
	switch v := record.Get(name).(type) {
	case types.JSONRaw:
		raw = string(v)
	case nil:
		raw = ""
	default:
		b, _ := json.Marshal(v)
		raw = string(b)
	}
	if raw == "" || raw == "null" {
		return nil
	}
	value, err := parseJS([]byte(raw))
	if err != nil {
		return nil
	}
	return value
}

func findRecord(app core.App, collection, id string) *core.Record {
	if id == "" {
		return nil
	}
	record, err := app.FindRecordById(collection, id)
	if err != nil {
		return nil
	}
	return record
}

func checkImmutable(errs *fieldErrors, record *core.Record, fields ...string) {
	if record.IsNew() {
		return
	}
	original := record.Original()
	for _, f := range fields {
		if record.GetString(f) != original.GetString(f) {
			errs.add(f, "validation_immutable", "Cannot be changed once saved.")
		}
	}
}

// checkSameOrganization is scope.js checkSameOrganization with the target already read (nil: none).
func checkSameOrganization(errs *fieldErrors, record *core.Record, name string, target *core.Record, allowBuiltIn bool) {
	if record.GetString(name) == "" || errs.has(name) || target == nil {
		return
	}
	org := target.GetString("organization")
	if org == record.GetString("organization") || (allowBuiltIn && org == "") {
		return
	}
	errs.add(name, "validation_other_organization", "Must belong to the same organization.")
}

// idList maps a parsed JSON list of objects to their `id` (nil when the list is not one).
func idList(value any) []any {
	list, ok := value.([]any)
	if !ok {
		return nil
	}
	ids := make([]any, len(list))
	for i, item := range list {
		ids[i] = field(item, "id")
	}
	return ids
}

func containsValue(list []any, value any) bool {
	for _, item := range list {
		if item == value {
			return true
		}
	}
	return false
}

// validateAssessment is assessments.js validateAssessment.
func validateAssessment(app core.App, record *core.Record) error {
	errs := newFieldErrors()
	checkImmutable(errs, record, "organization", "assessor")
	checklist := findRecord(app, "checklists", record.GetString("checklist"))
	checkSameOrganization(errs, record, "seat", findRecord(app, "seats", record.GetString("seat")), false)
	checkSameOrganization(errs, record, "provider", findRecord(app, "providers", record.GetString("provider")), false)
	checkSameOrganization(errs, record, "checklist", checklist, true)
	checkText(errs, "summary", record.GetString("summary"), textRule{max: 4000})
	var questionIDs []any
	if checklist == nil {
		errs.add("checklist", "validation_missing_rel_records", "Choose an existing checklist.")
	} else {
		questionIDs = idList(readJSON(checklist, "questions"))
	}
	gwc := readJSON(record, "gwc")
	coreValues := readJSON(record, "core_values")
	answers := readJSON(record, "answers")
	submitted := record.GetString("status") == "submitted"
	list, isList := coreValues.([]any)
	var valueIDs []any
	if submitted || (isList && len(list) > 0) {
		if org := findRecord(app, "organizations", record.GetString("organization")); org != nil {
			valueIDs = idList(readJSON(org, "core_values"))
		}
	}
	checkGwc(errs, gwc)
	checkCoreValueRatings(errs, coreValues, valueIDs)
	if checklist != nil {
		checkAnswers(errs, answers, questionIDs)
	}
	checkResponsibilityFit(errs, readJSON(record, "responsibility_fit"))
	if submitted && checklist != nil {
		checkComplete(errs, gwc, coreValues, answers, valueIDs, questionIDs)
	}
	return errs.err()
}

func unknownKeys(obj *jsObject, allowed ...string) bool {
	for _, key := range obj.keys {
		if !slices.Contains(allowed, key) {
			return true
		}
	}
	return false
}

func checkNote(errs *fieldErrors, name string, item *jsObject, label string) {
	note := field(item, "note")
	if note == nil {
		note = ""
	}
	checkText(errs, name, note, textRule{max: 2000, label: label})
}

func isIntIn(value any, low, high float64) bool {
	n, ok := value.(float64)
	return ok && n == float64(int64(n)) && n >= low && n <= high
}

func checkGwc(errs *fieldErrors, gwc any) {
	const name = "gwc"
	if gwc == nil {
		return
	}
	obj, ok := gwc.(*jsObject)
	if !ok || unknownKeys(obj, gwcDimensions...) {
		errs.add(name, "validation_invalid_shape", "Must be { get, want, capacity }.")
		return
	}
	for _, dimension := range gwcDimensions {
		value := field(obj, dimension)
		label := gwcLabels[dimension]
		if value == nil {
			continue
		}
		item, ok := value.(*jsObject)
		if !ok || unknownKeys(item, "answer", "note") {
			errs.add(name, "validation_invalid_shape", label+": must be { answer, note }.")
			return
		}
		answer := field(item, "answer")
		if answer != nil && answer != "yes" && answer != "no" {
			errs.add(name, "validation_invalid_value", label+`: answer yes or no (EOS has no "kind of").`)
			return
		}
		checkNote(errs, name, item, label)
	}
}

func checkCoreValueRatings(errs *fieldErrors, value any, valueIDs []any) {
	const name = "core_values"
	if value == nil {
		return
	}
	list, ok := value.([]any)
	if !ok {
		errs.add(name, "validation_invalid_type", "Must be a list of core value ratings.")
		return
	}
	seen := map[string]bool{}
	for index, raw := range list {
		label := fmt.Sprintf("Core value rating %d", index+1)
		item, ok := raw.(*jsObject)
		if !ok || unknownKeys(item, "value_id", "rating", "note") {
			errs.add(name, "validation_invalid_shape", label+": must be { value_id, rating, note }.")
			continue
		}
		valueID := field(item, "value_id")
		if !containsValue(valueIDs, valueID) {
			errs.add(name, "validation_unknown_value", label+": not one of the organization's core values.")
			continue
		}
		key := fmt.Sprint(valueID)
		if seen[key] {
			errs.add(name, "validation_duplicate", label+": this value is already rated.")
			continue
		}
		seen[key] = true
		rating := field(item, "rating")
		if rating != nil && !containsString(ratings, rating) {
			errs.add(name, "validation_invalid_value", label+": rating must be plus, plus_minus or minus.")
			continue
		}
		checkNote(errs, name, item, label)
	}
}

func containsString(list []string, value any) bool {
	s, ok := value.(string)
	return ok && slices.Contains(list, s)
}

func checkAnswers(errs *fieldErrors, value any, questionIDs []any) {
	const name = "answers"
	if value == nil {
		return
	}
	answers, ok := value.(*jsObject)
	if !ok {
		errs.add(name, "validation_invalid_type", "Must be an object keyed by question id.")
		return
	}
	for _, id := range answers.keys {
		raw, _ := answers.get(id)
		label := "Answer to " + id
		if !containsValue(questionIDs, id) {
			errs.add(name, "validation_unknown_question", label+": not a question of this checklist.")
			return
		}
		item, ok := raw.(*jsObject)
		if !ok || unknownKeys(item, "score", "note") {
			errs.add(name, "validation_invalid_shape", label+": must be { score, note }.")
			return
		}
		score := field(item, "score")
		if !(score == nil || score == "n/a" || isIntIn(score, 0, 4)) {
			errs.add(name, "validation_invalid_value", label+`: score must be a whole number from 0 to 4, or "n/a".`)
			return
		}
		checkNote(errs, name, item, label)
	}
}

func checkResponsibilityFit(errs *fieldErrors, value any) {
	const name = "responsibility_fit"
	if value == nil {
		return
	}
	list, ok := value.([]any)
	if !ok {
		errs.add(name, "validation_invalid_type", "Must be a list.")
		return
	}
	if len(list) > 5 {
		errs.add(name, "validation_too_many", "At most five responsibilities: the seat's top five.")
		return
	}
	for index, raw := range list {
		label := fmt.Sprintf("Responsibility %d", index+1)
		item, ok := raw.(*jsObject)
		if !ok || unknownKeys(item, "responsibility", "score", "note") {
			errs.add(name, "validation_invalid_shape", label+": must be { responsibility, score, note }.")
			continue
		}
		checkText(errs, name, field(item, "responsibility"), textRule{required: true, max: 160, label: label})
		score := field(item, "score")
		if !(score == nil || isIntIn(score, 0, 4)) {
			errs.add(name, "validation_invalid_value", label+": score must be a whole number from 0 to 4.")
			continue
		}
		checkNote(errs, name, item, label)
	}
}

// checkComplete records what a submitted assessment still lacks (assessment-content.js).
func checkComplete(errs *fieldErrors, gwc, coreValues, answers any, valueIDs, questionIDs []any) {
	var unanswered []string
	for _, d := range gwcDimensions {
		answer := field(field(gwc, d), "answer")
		if answer != "yes" && answer != "no" {
			unanswered = append(unanswered, gwcLabels[d])
		}
	}
	if len(unanswered) > 0 {
		errs.add("gwc", "validation_incomplete",
			fmt.Sprintf("Answer yes or no for %s before submitting.", strings.Join(unanswered, ", ")))
	}
	rated := map[any]bool{}
	if list, ok := coreValues.([]any); ok {
		for _, item := range list {
			if truthy(field(item, "rating")) {
				rated[field(item, "value_id")] = true
			}
		}
	}
	for _, id := range valueIDs {
		if !rated[id] {
			errs.add("core_values", "validation_incomplete", "Rate every core value before submitting.")
			break
		}
	}
	var missing []string
	for _, id := range questionIDs {
		answer := field(answers, fmt.Sprint(id))
		if !truthy(answer) || field(answer, "score") == nil {
			missing = append(missing, fmt.Sprint(id))
		}
	}
	if len(missing) > 0 {
		errs.add("answers", "validation_incomplete",
			fmt.Sprintf("Answer every question before submitting (missing: %s).", strings.Join(missing, ", ")))
	}
}

// stampSubmitted stamps `assessed_at` when a submitted assessment has none.
func stampSubmitted(record *core.Record) {
	if record.GetString("status") == "submitted" && record.GetString("assessed_at") == "" {
		record.Set("assessed_at", types.NowDateTime())
	}
}

// lockChecklist locks the checklist an assessment uses (checklists.js lockChecklist).
func lockChecklist(app core.App, id string) error {
	checklist, err := app.FindRecordById("checklists", id)
	if err != nil {
		return err
	}
	if checklist.GetBool("locked") {
		return nil
	}
	checklist.Set("locked", true)
	return app.Save(checklist)
}

// revealWhenAllSubmitted reveals a blind round once every listed assessor submitted (blind.js).
func revealWhenAllSubmitted(app core.App, assessment *core.Record) error {
	provider := findRecord(app, "providers", assessment.GetString("provider"))
	if provider == nil || !provider.GetBool("blind") || provider.GetBool("revealed") {
		return nil
	}
	listed := provider.GetStringSlice("blind_assessors")
	if len(listed) == 0 {
		return nil
	}
	rows, err := app.FindRecordsByFilter("assessments", `provider = {:provider} && status = "submitted"`, "", 0, 0,
		dbx.Params{"provider": provider.Id})
	if err != nil {
		return err
	}
	submitted := map[string]bool{}
	for _, row := range rows {
		submitted[row.GetString("assessor")] = true
	}
	for _, id := range listed {
		if !submitted[id] {
			return nil
		}
	}
	provider.Set("revealed", true)
	return app.SaveNoValidate(provider)
}
