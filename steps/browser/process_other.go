//go:build !linux

package browser

import (
	"errors"
	"fmt"
	"syscall"
	"time"
)

// processAttr puts the browser in a process group of its own, which every
// helper it starts joins.
func processAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}

// reapGroup waits until no process of the browser's group is left, for up
// to limit. Only Linux lets this program reap the helpers the browser
// leaves; elsewhere init does.
func (p *process) reapGroup(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		if err := syscall.Kill(-p.pid, 0); errors.Is(err, syscall.ESRCH) || errors.Is(err, syscall.EPERM) {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("processes of the browser are left %s after it was killed", limit)
		}
		<-tick.C
	}
}
