// JSON values as the hooks' JavaScript sees them, for the Go ports of JS hooks (assessments.go):
// objects keep JavaScript's key order (array-index keys ascending first, then the others in the
// order written, a repeated key keeping its first place and its last value), so the first problem
// a port reports is the one the JS hook reported; numbers are float64 (±Inf past its range, as
// JSON.parse gives); JavaScript's truthiness and whitespace are spelled out.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsObject is a parsed JSON object in JavaScript's key order.
type jsObject struct {
	keys   []string
	values map[string]any
}

func (o *jsObject) get(key string) (any, bool) {
	value, ok := o.values[key]
	return value, ok
}

// field is o[key], nil (undefined) when o is not an object or lacks it.
func field(o any, key string) any {
	if obj, ok := o.(*jsObject); ok {
		return obj.values[key]
	}
	return nil
}

// has reports whether key is an own property of o (absent and null differ here).
func has(o any, key string) bool {
	obj, ok := o.(*jsObject)
	if !ok {
		return false
	}
	_, found := obj.values[key]
	return found
}

var errTrailing = errors.New("unexpected data after the JSON value")

// parseJS parses JSON the way JSON.parse does, objects as *jsObject.
func parseJS(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	value, err := readValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errTrailing
	}
	return value, nil
}

func readValue(dec *json.Decoder) (any, error) {
	token, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := token.(type) {
	case json.Delim:
		if t == '[' {
			list := []any{}
			for dec.More() {
				item, err := readValue(dec)
				if err != nil {
					return nil, err
				}
				list = append(list, item)
			}
			_, err := dec.Token()
			return list, err
		}
		obj := &jsObject{values: map[string]any{}}
		for dec.More() {
			keyToken, err := dec.Token()
			if err != nil {
				return nil, err
			}
			key, _ := keyToken.(string)
			item, err := readValue(dec)
			if err != nil {
				return nil, err
			}
			if _, seen := obj.values[key]; !seen {
				obj.keys = append(obj.keys, key)
			}
			obj.values[key] = item
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		orderKeys(obj.keys)
		return obj, nil
	case json.Number:
		n, err := strconv.ParseFloat(string(t), 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return nil, err
		}
		return n, nil
	default:
		return t, nil // string, bool, nil
	}
}

// arrayIndex is the value of an array-index key ("0", "7", not "07", below 2^32 - 1), or -1.
func arrayIndex(key string) int64 {
	if key == "" || len(key) > 10 || (len(key) > 1 && key[0] == '0') {
		return -1
	}
	n, err := strconv.ParseInt(key, 10, 64)
	if err != nil || n < 0 || n >= 1<<32-1 {
		return -1
	}
	return n
}

// orderKeys puts keys in JavaScript's own-property order: array indexes ascending, then the rest.
func orderKeys(keys []string) {
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := arrayIndex(keys[i]), arrayIndex(keys[j])
		if a >= 0 && b >= 0 {
			return a < b
		}
		return a >= 0 && b < 0
	})
}

// truthy is JavaScript's truthiness of a parsed JSON value.
func truthy(value any) bool {
	switch v := value.(type) {
	case nil:
		return false
	case bool:
		return v
	case float64:
		return v != 0 && v == v
	case string:
		return v != ""
	default:
		return true
	}
}

// utf16Length is a string's `.length` in JavaScript (UTF-16 units).
func utf16Length(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// codePoints counts code points as PocketBase does (Go's rune count).
func codePoints(s string) int {
	return utf8.RuneCountInString(s)
}

// isJSSpace is JavaScript's WhiteSpace or LineTerminator (what String.prototype.trim removes).
func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// jsTrim is String.prototype.trim.
func jsTrim(s string) string {
	return strings.TrimFunc(s, isJSSpace)
}
