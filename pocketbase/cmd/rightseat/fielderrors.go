// Field-keyed validation errors and the plain-text rule, ported from pb_hooks/lib/errors.js and
// pb_hooks/lib/text.js for the Go record hooks: the same codes, messages and first-problem-wins.
package main

import (
	"fmt"
	"regexp"
	"strings"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/tools/router"
)

// fieldErrors collects the first problem per field, in the order found.
type fieldErrors struct {
	order  []string
	errors map[string]validation.Error
}

func newFieldErrors() *fieldErrors {
	return &fieldErrors{errors: map[string]validation.Error{}}
}

func (f *fieldErrors) add(field, code, message string) {
	if _, ok := f.errors[field]; ok {
		return
	}
	f.order = append(f.order, field)
	f.errors[field] = validation.NewError(code, message)
}

func (f *fieldErrors) has(field string) bool {
	_, ok := f.errors[field]
	return ok
}

// err is the 400 the JS hooks throw (errors.js throwFieldErrors), or nil when nothing was found.
func (f *fieldErrors) err() error {
	if len(f.order) == 0 {
		return nil
	}
	data := validation.Errors{}
	for field, e := range f.errors {
		data[field] = e
	}
	return router.NewBadRequestError("Failed to save: check the highlighted fields.", data)
}

func failField(field, code, message string) error {
	f := newFieldErrors()
	f.add(field, code, message)
	return f.err()
}

var tagPattern = regexp.MustCompile(`<[A-Za-z/!?]`)

const plainTextMessage = "Plain text only: remove the HTML tag."

type textRule struct {
	max      int
	required bool
	label    string
}

// checkText is text.js checkText for a value of a JSON field (any type) or a text field (string).
func checkText(errs *fieldErrors, field string, value any, rule textRule) {
	label := ""
	if rule.label != "" {
		label = rule.label + ": "
	}
	s, ok := value.(string)
	if !ok {
		errs.add(field, "validation_invalid_type", label+"Must be text.")
		return
	}
	tooLong := fmt.Sprintf("%sMust be no more than %d character(s).", label, rule.max)
	units := utf16Length(s)
	if rule.max > 0 && units > 2*rule.max {
		errs.add(field, "validation_max_text_constraint", tooLong)
		return
	}
	if rule.required && jsTrim(s) == "" {
		errs.add(field, "validation_required", label+"Cannot be blank.")
		return
	}
	if rule.max > 0 && units > rule.max && codePoints(s) > rule.max {
		errs.add(field, "validation_max_text_constraint", tooLong)
		return
	}
	if strings.IndexByte(s, '<') != -1 && tagPattern.MatchString(s) {
		errs.add(field, "validation_plain_text", label+plainTextMessage)
	}
}
