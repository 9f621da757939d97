package browser

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"sync"
	"time"
)

// hostProxy is the only way out of the browser: a forward proxy that all
// of its traffic goes through, loopback included (a started browser is
// told so by its flags, every browser context of a remote one by its
// settings). It sends requests for the mapped hosts on ports 80 and 443,
// plain (absolute-form) and tunnelled (CONNECT, for https and WebSockets),
// to their addresses, and refuses every other host, port and address, so
// that the browser reaches the simulated sites and nothing else.
type hostProxy struct {
	reach   reach
	logf    func(format string, args ...any)
	ln      net.Listener
	srv     *http.Server
	forward *httputil.ReverseProxy
	dialer  net.Dialer

	mu      sync.Mutex
	tunnels map[net.Conn]bool // hijacked connections, closed with the proxy
}

// startHostProxy listens on addr ("" means a free loopback port) and lets
// through what r allows.
func startHostProxy(addr string, r reach, logf func(string, ...any)) (*hostProxy, error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("starting the host map proxy on %s: %w", addr, err)
	}
	p := &hostProxy{reach: r, logf: logf, ln: ln, tunnels: map[net.Conn]bool{}, dialer: net.Dialer{Timeout: 10 * time.Second}}
	p.forward = &httputil.ReverseProxy{
		Rewrite:   func(r *httputil.ProxyRequest) { r.Out.Host = r.In.Host },
		Transport: &http.Transport{DialContext: p.dialMapped, MaxIdleConnsPerHost: 8, IdleConnTimeout: 30 * time.Second},
		// A mapped server that does not answer: the browser sees the
		// connection fail, as it would reaching the server itself.
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			p.refuse(w, fmt.Errorf("could not reach %s: %w", r.Host, err))
		},
	}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 30 * time.Second}
	go p.srv.Serve(ln)
	return p, nil
}

// Addr is the address the proxy listens on.
func (p *hostProxy) Addr() string { return p.ln.Addr().String() }

// dialMapped connects to the address the request's host is mapped to.
func (p *hostProxy) dialMapped(ctx context.Context, network, hostport string) (net.Conn, error) {
	addr, err := p.reach.route(hostport, "80")
	if err != nil {
		return nil, err
	}
	return p.dialer.DialContext(ctx, network, addr)
}

func (p *hostProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodConnect:
		p.tunnel(w, r)
	case r.URL.IsAbs() && r.URL.Scheme == "http":
		if _, err := p.reach.route(r.URL.Host, "80"); err != nil {
			p.refuse(w, err)
			return
		}
		p.forward.ServeHTTP(w, r)
	default:
		http.Error(w, "this is a forward proxy: ask for an absolute URL", http.StatusBadRequest)
	}
}

// refuse answers a request the browser may not make as a host that does
// not resolve would: the connection closes with no response, and the page
// does not load.
func (p *hostProxy) refuse(w http.ResponseWriter, why error) {
	p.logf("browser: the proxy %v", why)
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		http.Error(w, why.Error(), http.StatusForbidden)
		return
	}
	conn.Close()
}

// tunnel connects the browser to the mapped address of a CONNECT request's
// host and copies bytes both ways until either side closes.
func (p *hostProxy) tunnel(w http.ResponseWriter, r *http.Request) {
	addr, err := p.reach.route(r.Host, "443")
	if err != nil {
		p.logf("browser: the proxy %v (CONNECT %s)", err, r.Host)
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	upstream, err := p.dialer.DialContext(r.Context(), "tcp", addr)
	if err != nil {
		http.Error(w, fmt.Sprintf("connecting to %s for %s: %v", addr, r.Host, err), http.StatusBadGateway)
		return
	}
	conn, buf, err := http.NewResponseController(w).Hijack()
	if err != nil {
		upstream.Close()
		http.Error(w, "cannot tunnel: "+err.Error(), http.StatusInternalServerError)
		return
	}
	if !p.track(conn, upstream) {
		return
	}
	defer p.untrack(conn, upstream)
	if _, err := io.WriteString(conn, "HTTP/1.1 200 Connection Established\r\n\r\n"); err != nil {
		return
	}
	done := make(chan struct{}, 2)
	go func() { copyAndClose(upstream, buf.Reader); done <- struct{}{} }()
	go func() { copyAndClose(conn, upstream); done <- struct{}{} }()
	<-done
	<-done
}

// copyAndClose copies src to dst, then ends the writing side of dst.
func copyAndClose(dst net.Conn, src io.Reader) {
	_, _ = io.Copy(dst, src)
	if cw, ok := dst.(interface{ CloseWrite() error }); ok {
		_ = cw.CloseWrite()
		return
	}
	_ = dst.Close()
}

// track records a tunnel's connections, or closes them when the proxy is
// closed already.
func (p *hostProxy) track(conns ...net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tunnels == nil {
		for _, c := range conns {
			c.Close()
		}
		return false
	}
	for _, c := range conns {
		p.tunnels[c] = true
	}
	return true
}

func (p *hostProxy) untrack(conns ...net.Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range conns {
		c.Close()
		delete(p.tunnels, c)
	}
}

// Close stops the proxy and ends its tunnels.
func (p *hostProxy) Close() error {
	err := p.srv.Close()
	p.mu.Lock()
	for c := range p.tunnels {
		c.Close()
	}
	p.tunnels = nil
	p.mu.Unlock()
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
