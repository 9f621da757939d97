package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// pssSampler samples, until stopped, the proportional set size of every
// process descending from a root process, and keeps the highest sum.
type pssSampler struct {
	quit chan struct{}
	done chan struct{}
	peak int64
	err  error
}

// startPSS samples the descendants of root every d.
func startPSS(root int, d time.Duration) *pssSampler {
	s := &pssSampler{quit: make(chan struct{}), done: make(chan struct{})}
	go s.loop(root, d)
	return s
}

func (s *pssSampler) loop(root int, d time.Duration) {
	defer close(s.done)
	tick := time.NewTicker(d)
	defer tick.Stop()
	for {
		total, err := treePSS(root)
		if err != nil {
			s.err = err
			return
		}
		s.peak = max(s.peak, total)
		select {
		case <-s.quit:
			return
		case <-tick.C:
		}
	}
}

// stop ends the sampling and returns the peak, in bytes.
func (s *pssSampler) stop() (int64, error) {
	close(s.quit)
	<-s.done
	return s.peak, s.err
}

// treePSS is the PSS, in bytes, of every descendant of root (root itself
// left out), from /proc/PID/smaps_rollup. A process that ends while it is
// read is skipped.
func treePSS(root int) (int64, error) {
	pids, err := descendants(root)
	if err != nil {
		return 0, err
	}
	var total int64
	for _, pid := range pids {
		kb, err := pssKB(pid)
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ESRCH) || errors.Is(err, errProcessGone) {
			continue
		}
		if err != nil {
			return 0, err
		}
		total += kb * 1024
	}
	return total, nil
}

// errProcessGone is a process that ended while its files were read.
var errProcessGone = errors.New("the process is gone")

// pssKB reads the Pss line of /proc/PID/smaps_rollup.
func pssKB(pid int) (int64, error) {
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "smaps_rollup"))
	if err != nil {
		return 0, err
	}
	if len(data) == 0 {
		return 0, errProcessGone
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[0] == "Pss:" {
			return strconv.ParseInt(fields[1], 10, 64)
		}
	}
	return 0, fmt.Errorf("no Pss line in /proc/%d/smaps_rollup", pid)
}

// descendants lists the processes below root, from the parent ids in
// /proc/PID/stat.
func descendants(root int) ([]int, error) {
	parents, err := parentsByPID()
	if err != nil {
		return nil, err
	}
	children := map[int][]int{}
	for pid, ppid := range parents {
		children[ppid] = append(children[ppid], pid)
	}
	var out []int
	queue := []int{root}
	for len(queue) > 0 {
		pid := queue[0]
		queue = queue[1:]
		for _, c := range children[pid] {
			out = append(out, c)
			queue = append(queue, c)
		}
	}
	return out, nil
}

// parentsByPID maps every process to its parent.
func parentsByPID() (map[int]int, error) {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil, fmt.Errorf("listing processes: %w", err)
	}
	out := map[int]int{}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue // ended meanwhile
		}
		if ppid, ok := parentOf(string(stat)); ok {
			out[pid] = ppid
		}
	}
	return out, nil
}

// parentOf reads the parent id from the text of /proc/PID/stat: the fourth
// field, counted after the command name in parentheses (which may itself
// hold spaces and parentheses).
func parentOf(stat string) (int, bool) {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, false
	}
	fields := strings.Fields(stat[i+1:])
	if len(fields) < 2 {
		return 0, false
	}
	ppid, err := strconv.Atoi(fields[1])
	return ppid, err == nil
}
