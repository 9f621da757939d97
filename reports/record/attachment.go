package record

import (
	"fmt"
	"os"
)

// Data is the attachment's bytes: Body, or the file at Path when Body is
// empty.
func (a Attachment) Data() ([]byte, error) {
	if len(a.Body) > 0 || a.Path == "" {
		return a.Body, nil
	}
	b, err := os.ReadFile(a.Path)
	if err != nil {
		return nil, fmt.Errorf("reading attachment %q: %w", a.Name, err)
	}
	return b, nil
}
