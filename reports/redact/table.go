package redact

import (
	"strings"
	"unicode/utf8"
)

// Table is a data table with its card numbers and CVVs masked: every cell
// as Text masks it, and a cell of 3 or 4 digits is a CVV in a row that has
// a CVV label in another cell (| CVV | 123 |) and in a column whose first
// row is a CVV label (| card | cvv |). rows is left as it was.
func Table(rows [][]string) [][]string {
	out, _ := table(rows)
	return out
}

// table is Table, and the CVVs it masked.
func table(rows [][]string) ([][]string, []string) {
	if rows == nil {
		return nil, nil
	}
	var found []string
	out := make([][]string, len(rows))
	var header []bool
	if len(rows) > 0 {
		header = labelCells(rows[0])
	}
	for r, row := range rows {
		if row == nil {
			continue
		}
		labels := labelCells(row)
		cells := make([]string, len(row))
		for j, cell := range row {
			c, vs := text(cell)
			found = append(found, vs...)
			if cvvValue(c) && (r > 0 && j < len(header) && header[j] || labelBesides(labels, j)) {
				found = append(found, strings.TrimSpace(c))
				c = CVVMask
			}
			cells[j] = c
		}
		out[r] = cells
	}
	return out, found
}

// labelCells says which cells of a row are CVV labels.
func labelCells(row []string) []bool {
	out := make([]bool, len(row))
	for i, c := range row {
		out[i] = IsCVVLabel(c)
	}
	return out
}

// labelBesides reports whether a cell other than the j-th is a label.
func labelBesides(labels []bool, j int) bool {
	for i, l := range labels {
		if l && i != j {
			return true
		}
	}
	return false
}

// Source is a feature file with its card numbers and CVVs masked, as
// Lines masks a text. src is left as it was.
func Source(src []byte) []byte {
	if !hasDigitRun(string(src), 3) {
		return src
	}
	return []byte(Lines(string(src)))
}

// Lines is s with its card numbers and CVVs masked line by line: the lines
// of a table (a feature file's, a data table as godog prints it) as Table
// masks them, every other line as Text does. A masked table cell is padded
// with spaces to the width it had, so that the columns of a feature file,
// and the positions its Gherkin document gives, stay where they were.
func Lines(s string) string {
	if !hasDigitRun(s, 3) {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	var head []string // the first row of the table the lines are in
	for i, l := range lines {
		lines[i], head = maskLine(l, head)
	}
	return strings.Join(lines, "")
}

// maskLine masks one line of a text, as Lines does; head is the first row
// of the table the line before is a row of, nil when it is none. It
// returns the first row of the table this line is in, nil when it is none.
func maskLine(line string, head []string) (string, []string) {
	cells, ok := tableCells(line)
	if !ok {
		return Text(line), nil
	}
	row := make([]string, len(cells))
	for k, sp := range cells {
		row[k] = strings.TrimSpace(line[sp.start:sp.end])
	}
	var masked []string
	if head == nil {
		head, masked = row, Table([][]string{row})[0]
	} else {
		masked = Table([][]string{head, row})[1]
	}
	var b strings.Builder
	last := 0
	for k, sp := range cells {
		if masked[k] == row[k] {
			continue
		}
		cell := line[sp.start:sp.end]
		lead := len(cell) - len(strings.TrimLeft(cell, " \t"))
		b.WriteString(line[last : sp.start+lead])
		b.WriteString(masked[k])
		if pad := utf8.RuneCountInString(strings.TrimLeft(cell, " \t")) - utf8.RuneCountInString(masked[k]); pad > 0 {
			b.WriteString(strings.Repeat(" ", pad))
		}
		last = sp.end
	}
	if last == 0 {
		return line, head
	}
	b.WriteString(line[last:])
	return b.String(), head
}

// tableCells are the cells of a line of a Gherkin table, what lies between
// its unescaped pipes; false when the line is not one.
func tableCells(line string) ([]span, bool) {
	t := strings.TrimLeft(line, " \t")
	if !strings.HasPrefix(t, "|") {
		return nil, false
	}
	var pipes []int
	for i := len(line) - len(t); i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			pipes = append(pipes, i)
		}
	}
	if len(pipes) < 2 {
		return nil, false
	}
	cells := make([]span, len(pipes)-1)
	for k := range cells {
		cells[k] = span{pipes[k] + 1, pipes[k+1]}
	}
	return cells, true
}
