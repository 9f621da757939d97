package visual

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"

	"github.com/orisano/pixelmatch"
)

// DefaultThreshold is how far apart two pixels' colours may be, from 0
// (the same colour) to 1 (any), and still count as the same: pixelmatch's
// own default, about what an eye does not tell apart.
const DefaultThreshold = 0.1

// Result is what a comparison found.
type Result struct {
	// Pixels is how many pixels differ, anti-aliasing left out; the pixels
	// one image has and the other lacks (a page grown taller) count too.
	Pixels int
	// Total is how many pixels the larger of the two images has.
	Total int
	// Diff is a PNG of the baseline faded to grey, with the pixels that
	// differ in red and those only anti-aliasing changed in yellow; nil
	// when no pixel differs.
	Diff []byte
}

// Drifted says whether the screenshot differs from its baseline.
func (r Result) Drifted() bool { return r.Pixels > 0 }

// sizeColor marks, in a diff image, the pixels only one image has.
var sizeColor = color.RGBA{R: 255, A: 255}

// Compare compares a screenshot with its baseline, both PNG, at the given
// threshold (DefaultThreshold when 0).
func Compare(baseline, shot []byte, threshold float64) (Result, error) {
	if threshold <= 0 {
		threshold = DefaultThreshold
	}
	a, err := png.Decode(bytes.NewReader(baseline))
	if err != nil {
		return Result{}, fmt.Errorf("reading the baseline: %w", err)
	}
	b, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		return Result{}, fmt.Errorf("reading the screenshot: %w", err)
	}
	return compareImages(a, b, threshold)
}

// compareImages compares a and b over the area they share; the rest of the
// larger of the two differs by definition.
func compareImages(a, b image.Image, threshold float64) (Result, error) {
	ab, bb := a.Bounds(), b.Bounds()
	w, h := max(ab.Dx(), bb.Dx()), max(ab.Dy(), bb.Dy())
	common := image.Rect(0, 0, min(ab.Dx(), bb.Dx()), min(ab.Dy(), bb.Dy()))
	var out image.Image
	n, err := pixelmatch.MatchPixel(crop(a, common), crop(b, common),
		pixelmatch.Threshold(threshold), pixelmatch.WriteTo(&out))
	if err != nil {
		return Result{}, fmt.Errorf("comparing the screenshots: %w", err)
	}
	res := Result{Pixels: n + w*h - common.Dx()*common.Dy(), Total: w * h}
	if !res.Drifted() {
		return res, nil
	}
	diff := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(diff, diff.Bounds(), &image.Uniform{sizeColor}, image.Point{}, draw.Src)
	if out == nil {
		// pixelmatch draws no diff image when the two are the same over
		// the area they share.
		out = faded(crop(a, common))
	}
	draw.Draw(diff, common, out, out.Bounds().Min, draw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, diff); err != nil {
		return Result{}, fmt.Errorf("drawing the diff image: %w", err)
	}
	res.Diff = buf.Bytes()
	return res, nil
}

// crop is the part r of img, moved to start at the origin, so that two
// images of different sizes are compared pixel for pixel from their top
// left corners.
func crop(img image.Image, r image.Rectangle) image.Image {
	c := image.NewRGBA(r)
	draw.Draw(c, r, img, img.Bounds().Min, draw.Src)
	return c
}

// faded is img as a diff image shows what did not change: grey, faint.
func faded(img image.Image) image.Image {
	r := img.Bounds()
	g := image.NewGray(r)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			l := color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y
			g.SetGray(x, y, color.Gray{Y: 255 - (255-l)/10})
		}
	}
	return g
}
