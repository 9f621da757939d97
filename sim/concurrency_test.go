package sim_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

// flowT lets a user flow run on its own goroutine: failures are collected
// and Fatalf ends only that goroutine, as the testing package does for tests.
type flowT struct {
	testing.TB
	name string
	mu   *sync.Mutex
	errs *[]string
}

func (f flowT) Helper() {}

func (f flowT) Errorf(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	*f.errs = append(*f.errs, f.name+": "+fmt.Sprintf(format, args...))
}

func (f flowT) Fatalf(format string, args ...any) {
	f.Errorf(format, args...)
	runtime.Goexit()
}

func (f flowT) Fatal(args ...any) { f.Fatalf("%s", fmt.Sprint(args...)) }

const concurrentWorlds = 50

// Fifty worlds, each running whole unbind flows at the same time.
func TestConcurrentWorlds(t *testing.T) {
	s := newSim(t)
	var (
		mu    sync.Mutex
		errs  []string
		wg    sync.WaitGroup
		start = make(chan struct{})
	)
	for i := range concurrentWorlds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ft := flowT{TB: t, name: fmt.Sprintf("world %d", i), mu: &mu, errs: &errs}
			<-start
			unbindFlows(ft, s, i)
		}()
	}
	close(start)
	wg.Wait()
	for _, e := range errs {
		t.Error(e)
	}
}

// unbindFlows runs P1, P2 and P4 in a fresh world and drops it.
func unbindFlows(t testing.TB, s *sim.Sim, i int) {
	profile := world.ProfileDefault
	if i%2 == 1 {
		profile = world.ProfileWalletRequired
	}
	w := s.NewWorld(sim.WorldOptions{Profile: profile})
	defer s.DropWorld(w.ID())
	ivan, siti := fmt.Sprintf("ivan%d@example.com", i), fmt.Sprintf("siti%d@example.com", i)
	walletBuyer(t, w, ivan)
	newbie(t, w, siti)

	a := newBrowser(t, s, w)
	list := signIn(a, ivan).click("My Alipay").want(walletHome).click("Edit cards").want(cardsURL)
	list.press("Remove card", nil).press("Delete", nil).has("The card has been removed")
	a.open(directURL+"?locale=ru_RU").press("Удалить карту", nil).has("У вас нет привязанных карт")
	a.open(checkout).has("No saved cards")

	b := newBrowser(t, s, w)
	form := signIn(b, siti).click("My Alipay").click("Open Alipay Wallet Now")
	form.press("Send confirmation email", map[string]string{"Captcha": w.CaptchaAnswer()})
	box := w.Mailbox(siti)
	if len(box) != 1 {
		t.Fatalf("%d letters, want 1", len(box))
	}
	b.open(box[0].Links[0]).has("Set up security")
	b.open(cardsURL).want(cardsURL).press("Remove card", nil).press("Delete", nil).has("You have no bound cards")

	for _, email := range []string{ivan, siti} {
		if got := masked(t, w, email); len(got) != 0 {
			t.Errorf("%s still has %q", email, got)
		}
	}
}
