// Record request checks in Go for the collections whose hooks moved here (assessments.go): the
// author is the caller, the JSON body's types (pb_hooks/lib/body.js), each batch payload's size
// cap (pb_hooks/lib/body-limits.js) and the stale-update check (pb_hooks/lib/sync-base.js), with
// the same codes and messages. The REST path's router middleware (request-body.pb.js) still runs
// the JS body check first for a plain request; a batch sub-request reaches only these hooks.
package main

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

var stringTypes = []string{"text", "email", "url", "select", "relation", "date", "editor"}

var (
	recordID = regexp.MustCompile(`^[a-z0-9]{15}$`)
	dateTime = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})[ T]\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$`)
)

const dateMessage = "Expected a date like 2026-01-31 09:00:00.000Z."

// isDateTime is body.js isDateTime (Date.UTC maps years 0–99 to 1900–1999: so does this).
func isDateTime(value string) bool {
	match := dateTime.FindStringSubmatch(value)
	if match == nil {
		return false
	}
	year, _ := strconv.Atoi(match[1])
	month, _ := strconv.Atoi(match[2])
	day, _ := strconv.Atoi(match[3])
	hours, _ := strconv.Atoi(value[11:13])
	minutes, _ := strconv.Atoi(value[14:16])
	seconds, _ := strconv.Atoi(value[17:19])
	if month < 1 || month > 12 || hours > 23 || minutes > 59 || seconds > 59 {
		return false
	}
	if year <= 99 {
		year += 1900
	}
	daysInMonth := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return day >= 1 && day <= daysInMonth
}

func isRequiredRelation(f core.Field) bool {
	relation, ok := f.(*core.RelationField)
	return ok && relation.Required
}

// bodyProblem is body.js problem: the code and message for `value` in field `f`, or "".
func bodyProblem(f core.Field, value any) (string, string) {
	kind := f.Type()
	if containsString(stringTypes, kind) {
		if relation, ok := f.(*core.RelationField); ok && relation.MaxSelect > 1 {
			return "", ""
		}
		s, ok := value.(string)
		if !ok {
			return "validation_invalid_type", "Expected text."
		}
		if kind == "relation" && s == "" && isRequiredRelation(f) {
			return "validation_required", "Cannot be blank."
		}
		if kind == "relation" && s != "" && !recordID.MatchString(s) {
			return "validation_invalid_id", "An id is 15 characters, a–z and 0–9."
		}
		if kind == "date" && s != "" && !isDateTime(s) {
			return "validation_invalid_date", dateMessage
		}
		return "", ""
	}
	switch kind {
	case "number":
		if n, ok := value.(float64); !ok || math.IsInf(n, 0) || math.IsNaN(n) {
			return "validation_invalid_type", "Expected a number."
		}
	case "bool":
		if _, ok := value.(bool); !ok {
			return "validation_invalid_type", "Expected true or false."
		}
	case "json":
		if _, ok := value.(string); ok {
			return "validation_invalid_type", "Expected a JSON value, not text."
		}
	}
	return "", ""
}

// checkBody is body.js checkBody.
func checkBody(collection *core.Collection, body *jsObject, isNew bool) error {
	errs := newFieldErrors()
	for _, f := range collection.Fields {
		name := f.GetName()
		value, ok := body.get(name)
		if !ok {
			if isNew && name == "organization" && isRequiredRelation(f) {
				errs.add(name, "validation_required", "Cannot be blank.")
			}
			continue
		}
		if code, message := bodyProblem(f, value); code != "" {
			errs.add(name, code, message)
		}
	}
	return errs.err()
}

// fieldBytes is body-limits.js fieldBytes for a JSON body (no files).
func fieldBytes(f core.Field) int64 {
	switch field := f.(type) {
	case *core.FileField:
		return 0
	case *core.TextField:
		if field.Max == 0 {
			return 5000 * 6
		}
		return int64(field.Max) * 6
	case *core.EmailField:
		return 255 * 6
	case *core.URLField:
		return 2048 * 6
	case *core.PasswordField:
		if field.Max == 0 {
			return 3 * 71 * 6
		}
		return 3 * int64(field.Max) * 6
	case *core.JSONField:
		return field.CalculateMaxBodySize()
	case *core.EditorField:
		return field.CalculateMaxBodySize()
	case *core.RelationField:
		return int64(max(field.MaxSelect, 1)) * 18
	default:
		return 64
	}
}

// jsonBodyLimit is body-limits.js bodyLimit(collection, false).
func jsonBodyLimit(collection *core.Collection) int64 {
	limit := int64(8 * 1024)
	for _, f := range collection.Fields {
		limit += 64 + fieldBytes(f)
	}
	return limit
}

func parseObject(data string) *jsObject {
	value, err := parseJS([]byte(data))
	if err != nil {
		return nil
	}
	obj, _ := value.(*jsObject)
	return obj
}

// rawJSONBody is body.js rawJsonBody: the JSON values as sent (nil: none), a multipart request's
// `@jsonPayload` parts merged, each part over the collection's cap refused with 413.
func rawJSONBody(request *http.Request, collection *core.Collection) (*jsObject, error) {
	kind := strings.ToLower(request.Header.Get("Content-Type"))
	if strings.HasPrefix(kind, "application/json") {
		raw, err := readBody(request)
		if err != nil {
			return nil, err
		}
		return parseObject(raw), nil
	}
	if !strings.HasPrefix(kind, "multipart/form-data") || request.MultipartForm == nil {
		return nil, nil
	}
	var body *jsObject
	for _, payload := range request.MultipartForm.Value["@jsonPayload"] {
		limit := jsonBodyLimit(collection)
		// as the JS hook measured it: the payload's length in UTF-16 units
		if int64(len(payload)) > limit && int64(utf16Length(payload)) > limit {
			return nil, router.NewApiError(413,
				fmt.Sprintf("The request is larger than a record of this collection can be (at most %d bytes).", limit), nil)
		}
		part := parseObject(payload)
		if part == nil {
			continue
		}
		if body == nil {
			body = &jsObject{values: map[string]any{}}
		}
		for _, key := range part.keys {
			if _, seen := body.values[key]; !seen {
				body.keys = append(body.keys, key)
			}
			body.values[key] = part.values[key]
		}
	}
	return body, nil
}

// readBody reads the request body as the JS hooks' toString did (PocketBase makes it re-readable).
func readBody(request *http.Request) (string, error) {
	b, err := io.ReadAll(io.LimitReader(request.Body, router.DefaultMaxMemory))
	return string(b), err
}

func checkRequestBody(e *core.RecordRequestEvent) error {
	body, err := rawJSONBody(e.Request, e.Collection)
	if err != nil || body == nil {
		return err
	}
	return checkBody(e.Collection, body, e.Record.IsNew())
}

// assignCaller is scope.js assignCaller: on create the author field is the caller.
func assignCaller(e *core.RecordRequestEvent, name string) error {
	if e.HasSuperuserAuth() || e.Auth == nil {
		return nil
	}
	value := e.Record.GetString(name)
	if value == "" {
		e.Record.Set(name, e.Auth.Id)
		return nil
	}
	if value != e.Auth.Id {
		return failField(name, "validation_not_caller", "Must be you: records are signed by their author.")
	}
	return nil
}

// checkSyncBase is sync-base.js checkSyncBase: a truthy `sync_base_updated` that is not the stored
// record's `updated` refuses the update.
func checkSyncBase(e *core.RecordRequestEvent) error {
	info, err := e.RequestInfo()
	if err != nil {
		return err
	}
	base := info.Body["sync_base_updated"]
	if !truthyGo(base) {
		return nil
	}
	if s, ok := base.(string); ok && s == e.Record.Original().GetString("updated") {
		return nil
	}
	const message = "Changed on the server since this edit was made."
	return router.NewBadRequestError(message, validation.Errors{
		"sync_base_updated": validation.NewError("sync_stale", message),
	})
}

// truthyGo is JavaScript's truthiness of a value decoded by PocketBase (numbers of any Go kind).
func truthyGo(value any) bool {
	switch v := value.(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		return v != ""
	case float64:
		return v != 0 && !math.IsNaN(v)
	case int:
		return v != 0
	case int64:
		return v != 0
	default:
		return true
	}
}
