package admin

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/unbind/unbind/sim/world"
)

// maxBody bounds a request body.
const maxBody = 1 << 20

// decodeStrict reads a JSON body, refusing unknown fields (a "cvv" field
// is an error, not silently dropped).
func decodeStrict(r *http.Request, v any) error {
	return decode(r, v, false)
}

// decodeOptional is decodeStrict for a body that may be empty.
func decodeOptional(r *http.Request, v any) error {
	return decode(r, v, true)
}

func decode(r *http.Request, v any, optional bool) error {
	dec := json.NewDecoder(io.LimitReader(r.Body, maxBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if optional && errors.Is(err, io.EOF) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w: decode JSON body: %w", errBadRequest, err)
	}
	return nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, err error) {
	writeJSON(w, statusOf(err), map[string]string{"error": err.Error()})
}

// statusOf maps an error to its HTTP status, in one place.
func statusOf(err error) int {
	if code, ok := pathStatus(err); ok {
		return code
	}
	var ce *world.CardError
	switch {
	case errors.Is(err, errNoSuchWorld), errors.Is(err, world.ErrNoSuchBuyer), errors.Is(err, errNoSuchEndpoint):
		return http.StatusNotFound
	case errors.Is(err, world.ErrBuyerExists):
		return http.StatusConflict
	case errors.Is(err, errBadRequest), errors.Is(err, world.ErrInvalidBuyer), errors.As(err, &ce):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}
