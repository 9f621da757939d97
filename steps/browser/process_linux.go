package browser

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"
)

// processAttr puts the browser in a process group of its own, which every
// helper it starts joins, and has the kernel kill it if this program dies.
// It also makes this program the reaper of the browser's orphans (see
// reapGroup).
func processAttr() *syscall.SysProcAttr {
	becomeSubreaper()
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// prSetChildSubreaper is prctl's PR_SET_CHILD_SUBREAPER.
const prSetChildSubreaper = 36

// becomeSubreaper makes the processes orphaned below this program its
// children, instead of init's: a helper of the browser that outlives the
// browser's main process is then reaped by reapGroup, and not left defunct
// under an init that does not reap (a container's first process, say).
func becomeSubreaper() {
	_, _, _ = syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0)
}

// reapGroup waits until no process of the browser's group is left, reaping
// those that are this program's children, for up to limit.
func (p *process) reapGroup(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		left := p.reapOrphans()
		if err := syscall.Kill(-p.pid, 0); errors.Is(err, syscall.ESRCH) {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("processes %v of the browser are left %s after it was killed", left, limit)
		}
		<-tick.C
	}
}

// reapOrphans reaps the exited processes of the group that are this
// program's children, and returns the processes of the group it saw.
func (p *process) reapOrphans() []int {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	self := os.Getpid()
	var seen []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == p.pid {
			continue
		}
		ppid, pgid, ok := readParentAndGroup(pid)
		if !ok || pgid != p.pid {
			continue
		}
		seen = append(seen, pid)
		if ppid == self {
			var ws syscall.WaitStatus
			_, _ = syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
		}
	}
	return seen
}

// readParentAndGroup reads a process's parent and process group from
// /proc/PID/stat.
func readParentAndGroup(pid int) (ppid, pgid int, ok bool) {
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0, false
	}
	i := bytes.LastIndexByte(raw, ')')
	if i < 0 {
		return 0, 0, false
	}
	f := bytes.Fields(raw[i+1:])
	if len(f) < 3 {
		return 0, 0, false
	}
	ppid, err1 := strconv.Atoi(string(f[1]))
	pgid, err2 := strconv.Atoi(string(f[2]))
	return ppid, pgid, err1 == nil && err2 == nil
}
