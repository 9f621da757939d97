package visual

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"testing"
)

var (
	white = color.RGBA{255, 255, 255, 255}
	black = color.RGBA{0, 0, 0, 255}
)

// page draws a white page of w×h with a black box over r, and calls more
// to draw on it.
func page(w, h int, r image.Rectangle, more func(*image.RGBA)) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), &image.Uniform{white}, image.Point{}, draw.Src)
	draw.Draw(img, r, &image.Uniform{black}, image.Point{}, draw.Src)
	if more != nil {
		more(img)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

var box = image.Rect(10, 10, 30, 20)

func TestTheSameScreenshotDoesNotDrift(t *testing.T) {
	shot := page(64, 48, box, nil)
	res, err := Compare(shot, page(64, 48, box, nil), 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Drifted() || res.Pixels != 0 || res.Diff != nil {
		t.Errorf("two renderings of one page: %d pixels differ, diff image %v; want none", res.Pixels, res.Diff != nil)
	}
	if res.Total != 64*48 {
		t.Errorf("Total = %d, want %d", res.Total, 64*48)
	}
}

func TestAColourTheEyeSeesDrifts(t *testing.T) {
	label := image.Rect(40, 30, 50, 34)
	red := func(img *image.RGBA) {
		draw.Draw(img, label, &image.Uniform{color.RGBA{200, 0, 0, 255}}, image.Point{}, draw.Src)
	}
	res, err := Compare(page(64, 48, box, nil), page(64, 48, box, red), 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Pixels != label.Dx()*label.Dy() {
		t.Errorf("a red label of %d pixels: %d pixels differ", label.Dx()*label.Dy(), res.Pixels)
	}
	diff, err := png.Decode(bytes.NewReader(res.Diff))
	if err != nil {
		t.Fatalf("diff image: %v", err)
	}
	if !isRed(diff.At(45, 32)) {
		t.Errorf("diff image at the label: %v, want red", diff.At(45, 32))
	}
	if isRed(diff.At(5, 5)) || isRed(diff.At(15, 15)) {
		t.Errorf("diff image marks pixels that did not change: %v %v", diff.At(5, 5), diff.At(15, 15))
	}
}

func TestAShadeTheEyeDoesNotSeeDoesNotDrift(t *testing.T) {
	offWhite := func(img *image.RGBA) {
		draw.Draw(img, image.Rect(40, 30, 50, 34), &image.Uniform{color.RGBA{252, 252, 252, 255}}, image.Point{}, draw.Src)
	}
	res, err := Compare(page(64, 48, box, nil), page(64, 48, box, offWhite), 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Drifted() {
		t.Errorf("white against a white three levels darker: %d pixels drift", res.Pixels)
	}
	// At a threshold of 0 short of nothing, the same shade is a change.
	strict, err := Compare(page(64, 48, box, nil), page(64, 48, box, offWhite), 0.001)
	if err != nil {
		t.Fatal(err)
	}
	if !strict.Drifted() {
		t.Error("a threshold near 0 lets a change of shade through")
	}
}

func TestAntiAliasedEdgesDoNotDrift(t *testing.T) {
	// The same box, its right edge drawn with partial coverage in one
	// rendering: grey pixels between the black box and the white page.
	soft := func(img *image.RGBA) {
		for y := box.Min.Y; y < box.Max.Y; y++ {
			img.Set(box.Max.X, y, color.RGBA{128, 128, 128, 255})
		}
	}
	res, err := Compare(page(64, 48, box, nil), page(64, 48, box, soft), 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Drifted() {
		t.Errorf("an anti-aliased edge: %d pixels drift", res.Pixels)
	}
}

func TestAPageOfAnotherSizeDrifts(t *testing.T) {
	res, err := Compare(page(64, 48, box, nil), page(64, 50, box, nil), 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Pixels != 64*2 || res.Total != 64*50 {
		t.Errorf("a page two rows taller: %d of %d pixels differ, want %d of %d", res.Pixels, res.Total, 64*2, 64*50)
	}
	diff, err := png.Decode(bytes.NewReader(res.Diff))
	if err != nil {
		t.Fatalf("diff image: %v", err)
	}
	if diff.Bounds().Dy() != 50 || !isRed(diff.At(3, 49)) || isRed(diff.At(3, 3)) {
		t.Errorf("diff image %v: the two new rows should be red and the rest not", diff.Bounds())
	}
}

func TestWhatIsNotAPNGIsAnError(t *testing.T) {
	if _, err := Compare([]byte("not a png"), page(8, 8, box, nil), 0); err == nil {
		t.Error("a baseline that is no PNG compared without error")
	}
	if _, err := Compare(page(8, 8, box, nil), nil, 0); err == nil {
		t.Error("an empty screenshot compared without error")
	}
}

func isRed(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r>>8 > 200 && g>>8 < 60 && b>>8 < 60
}
