package sim

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Server is a real listener for the sims: one port that answers both http
// and https (with a self-signed certificate for every documented host).
type Server struct {
	srv  *http.Server
	ln   *sniffListener
	leaf *x509.Certificate
	done chan struct{} // closed when Serve returns
	err  error         // what Serve returned; read after done
}

// Listen serves h on addr ("" = "127.0.0.1:0", a free loopback port),
// plain http and TLS alike.
func Listen(addr string, h http.Handler) (*Server, error) {
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	cert, leaf, err := selfSigned()
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	tcp, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	config := &tls.Config{Certificates: []tls.Certificate{cert}, NextProtos: []string{"http/1.1"}, MinVersion: tls.VersionTLS12}
	s := &Server{
		srv:  &http.Server{Handler: h, ReadHeaderTimeout: 30 * time.Second},
		ln:   newSniffListener(tcp, config),
		leaf: leaf,
		done: make(chan struct{}),
	}
	go func() {
		s.err = s.srv.Serve(s.ln)
		close(s.done)
	}()
	return s, nil
}

// Addr is the address the server listens on: "127.0.0.1:PORT".
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Certificate is the server's self-signed certificate.
func (s *Server) Certificate() *x509.Certificate { return s.leaf }

// CertPool trusts the server's certificate.
func (s *Server) CertPool() *x509.CertPool {
	pool := x509.NewCertPool()
	pool.AddCert(s.leaf)
	return pool
}

// Client is an http.Client that reaches every host through this server
// (as Chromium's host mapping does) and trusts its certificate. It keeps no
// cookies; redirects are followed as net/http does.
func (s *Server) Client() *http.Client {
	dialer := &net.Dialer{Timeout: 5 * time.Second}
	addr := s.Addr()
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
				return dialer.DialContext(ctx, network, addr)
			},
			TLSClientConfig: &tls.Config{RootCAs: s.CertPool(), MinVersion: tls.VersionTLS12},
		},
	}
}

// Shutdown stops accepting connections and waits for requests in flight.
func (s *Server) Shutdown(ctx context.Context) error {
	if err := s.srv.Shutdown(ctx); err != nil {
		return fmt.Errorf("shut down sim server: %w", err)
	}
	return s.wait()
}

// Close stops the server at once.
func (s *Server) Close() error {
	if err := s.srv.Close(); err != nil {
		return fmt.Errorf("close sim server: %w", err)
	}
	return s.wait()
}

// wait returns what Serve returned; a closed server is not an error.
func (s *Server) wait() error {
	<-s.done
	if s.err == nil || errors.Is(s.err, http.ErrServerClosed) {
		return nil
	}
	return fmt.Errorf("serve: %w", s.err)
}
