package doccheck

import (
	"context"
	"testing"
)

func BenchmarkZZCrawl(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, _, err := Crawl(context.Background(), CrawlOptions{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
