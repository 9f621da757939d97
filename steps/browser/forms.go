package browser

import (
	"context"
	"fmt"
	"time"
)

// Fill types value into the text field labelled label, replacing what it
// held: it clicks the field, selects its content and types key by key.
// Fields whose value cannot be typed (date, colour, range) are set directly,
// with input and change events.
func (s *Session) Fill(ctx context.Context, label, value string) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, at, err := s.find(ctx, controlQuery(label, "fill"))
	if err != nil {
		return fmt.Errorf("filling in: %w", err)
	}
	if err := s.fill(ctx, tb, at, value); err != nil {
		return fmt.Errorf("filling in %q: %w", label, timedOut(ctx, err))
	}
	return nil
}

func (s *Session) fill(ctx context.Context, tb *tab, at located, value string) error {
	if err := s.click(ctx, tb, at); err != nil {
		return err
	}
	if err := s.usable(tb); err != nil {
		return err
	}
	var prep struct {
		Mode  string `json:"mode"`
		Empty bool   `json:"empty"`
	}
	if err := tb.run(ctx, "prepareFill", nil, &prep); err != nil {
		return err
	}
	m := tb.actionMark()
	var err error
	typing := time.Now()
	switch {
	case prep.Mode == "value":
		err = tb.run(ctx, "setValue", map[string]string{"value": value}, nil)
	case value == "" && !prep.Empty:
		err = s.pressKey(ctx, tb, '\b')
	default:
		err = s.typeText(ctx, tb, value)
	}
	s.took(TimingType, typing)
	if err != nil || tb.pendingDialog() != nil {
		return err
	}
	// Typing may send requests (a field that checks what it holds) or,
	// with a line break, submit the form.
	tb.noteNavigation(ctx, m.nav)
	return s.finish(ctx, tb, m)
}

// SetChecked ticks (on) or unticks the checkbox, radio button or switch
// labelled label, by clicking it (or its label, when the box itself is
// hidden behind a styled one) if it is not already in that state.
func (s *Session) SetChecked(ctx context.Context, label string, on bool) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	verb := map[bool]string{true: "ticking", false: "unticking"}[on]
	tb, at, err := s.find(ctx, controlQuery(label, "check"))
	if err != nil {
		return fmt.Errorf("%s: %w", verb, err)
	}
	var checked bool
	if err := tb.run(ctx, "checked", nil, &checked); err != nil {
		return fmt.Errorf("%s %q: %w", verb, label, err)
	}
	if checked == on {
		return nil
	}
	if err := s.click(ctx, tb, at); err != nil {
		return fmt.Errorf("%s %q: %w", verb, label, err)
	}
	if err := s.usable(tb); err != nil {
		return fmt.Errorf("%s %q: %w", verb, label, err)
	}
	if err := tb.run(ctx, "checked", nil, &checked); err != nil {
		return fmt.Errorf("%s %q: %w", verb, label, err)
	}
	if checked != on {
		return fmt.Errorf("%s %q: clicking it on %s did not change it", verb, label, s.pageURL(ctx, tb))
	}
	return nil
}

// Select picks the option (by its text, exactly then ignoring case, or by
// its value) in the drop-down labelled label. A native <select> is set as
// choosing from its list does, with input and change events; a custom
// combobox or listbox is clicked open and the option clicked.
func (s *Session) Select(ctx context.Context, option, label string) error {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, at, err := s.find(ctx, controlQuery(label, "select"))
	if err != nil {
		return fmt.Errorf("choosing %q: %w", option, err)
	}
	var res struct {
		Status  string   `json:"status"`
		Options []string `json:"options"`
		Desc    string   `json:"desc"`
	}
	if err := tb.run(ctx, "choose", map[string]string{"option": option}, &res); err != nil {
		return fmt.Errorf("choosing %q in %q: %w", option, label, err)
	}
	switch res.Status {
	case "ok":
		return nil
	case "custom":
		return s.chooseCustom(ctx, tb, at, option, label)
	case "disabled":
		return fmt.Errorf("choosing %q in %q on %s: the option is disabled", option, label, s.pageURL(ctx, tb))
	default:
		return fmt.Errorf("no option %q in %q on %s (options: %s)", option, label, s.pageURL(ctx, tb), quoteList(res.Options))
	}
}

// chooseCustom opens a scripted drop-down and clicks the option.
func (s *Session) chooseCustom(ctx context.Context, tb *tab, at located, option, label string) error {
	if err := s.click(ctx, tb, at); err != nil {
		return fmt.Errorf("opening %q: %w", label, err)
	}
	_, opt, err := s.find(ctx, targetQuery(option))
	if err != nil {
		return fmt.Errorf("choosing in %q: %w", label, err)
	}
	if err := s.click(ctx, tb, opt); err != nil {
		return fmt.Errorf("choosing %q in %q: %w", option, label, err)
	}
	return nil
}
