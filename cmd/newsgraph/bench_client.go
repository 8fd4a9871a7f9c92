package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"
)

// The bench's load generator shares two cores with the server it measures,
// so its own cost per request counts against the server's figures. The
// default client is therefore lean: one kept-alive connection per simulated
// client, requests encoded once before the clock starts, and a response read
// only far enough to check its status and that it carries no GraphQL
// errors. It speaks just the HTTP/1.1 subset net/http's server answers with
// (Content-Length or chunked bodies). --client http swaps in net/http's
// client, which costs several times more per request, to compare.

// benchDoer sends one pre-encoded request and reports the response size.
type benchDoer interface {
	do(body []byte) (int, error)
	close()
}

// rawConn is one kept-alive HTTP/1.1 connection to the server.
type rawConn struct {
	addr string
	conn net.Conn
	r    *bufio.Reader
	head []byte // request line and headers up to "Content-Length: "
	req  []byte // reused request buffer
	resp []byte // reused response body buffer
}

func newRawConn(addr, path string) *rawConn {
	head := "POST " + path + " HTTP/1.1\r\nHost: " + addr + "\r\nContent-Type: application/json\r\nContent-Length: "
	return &rawConn{addr: addr, head: []byte(head)}
}

func (c *rawConn) close() {
	if c.conn != nil {
		c.conn.Close()
		c.conn = nil
	}
}

func (c *rawConn) do(body []byte) (int, error) {
	reused := c.conn != nil
	n, err := c.try(body)
	if err != nil && reused && c.conn == nil {
		// The server may close a kept-alive connection at any time (idle
		// timeout); one retry on a fresh one is what net/http's client does
		// for idempotent requests too, and these queries are read-only.
		n, err = c.try(body)
	}
	return n, err
}

func (c *rawConn) try(body []byte) (int, error) {
	if c.conn == nil {
		conn, err := net.Dial("tcp", c.addr)
		if err != nil {
			return 0, err
		}
		c.conn = conn
		if c.r == nil {
			c.r = bufio.NewReaderSize(conn, 16<<10)
		} else {
			c.r.Reset(conn)
		}
	}
	c.req = append(c.req[:0], c.head...)
	c.req = strconv.AppendInt(c.req, int64(len(body)), 10)
	c.req = append(c.req, "\r\n\r\n"...)
	c.req = append(c.req, body...)
	if err := c.conn.SetDeadline(time.Now().Add(30 * time.Second)); err != nil {
		c.close()
		return 0, err
	}
	if _, err := c.conn.Write(c.req); err != nil {
		c.close()
		return 0, err
	}
	status, keep, err := c.readResponse()
	if err != nil {
		c.close()
		return 0, err
	}
	if !keep {
		c.close()
	}
	if status != http.StatusOK {
		return 0, fmt.Errorf("HTTP %d: %.200s", status, c.resp)
	}
	if bytes.Contains(c.resp, []byte(`"errors":`)) {
		return 0, fmt.Errorf("GraphQL errors: %.300s", c.resp)
	}
	return len(c.resp), nil
}

var errBadResponse = errors.New("malformed HTTP response")

// readResponse reads one response into c.resp.
func (c *rawConn) readResponse() (status int, keepAlive bool, err error) {
	line, err := c.r.ReadSlice('\n')
	if err != nil {
		return 0, false, err
	}
	// "HTTP/1.1 200 OK\r\n"
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) {
		return 0, false, fmt.Errorf("%w: status line %q", errBadResponse, line)
	}
	status, err = strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, false, fmt.Errorf("%w: status line %q", errBadResponse, line)
	}
	length, chunked := -1, false
	keepAlive = true
	for {
		h, err := c.r.ReadSlice('\n')
		if err != nil {
			return 0, false, err
		}
		h = bytes.TrimRight(h, "\r\n")
		if len(h) == 0 {
			break
		}
		name, value, ok := bytes.Cut(h, []byte(":"))
		if !ok {
			return 0, false, fmt.Errorf("%w: header %q", errBadResponse, h)
		}
		value = bytes.TrimSpace(value)
		switch {
		case bytes.EqualFold(name, []byte("Content-Length")):
			if length, err = strconv.Atoi(string(value)); err != nil || length < 0 {
				return 0, false, fmt.Errorf("%w: header %q", errBadResponse, h)
			}
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			chunked = bytes.EqualFold(value, []byte("chunked"))
		case bytes.EqualFold(name, []byte("Connection")):
			keepAlive = !bytes.EqualFold(value, []byte("close"))
		}
	}
	c.resp = c.resp[:0]
	switch {
	case chunked:
		err = c.readChunked()
	case length >= 0:
		c.resp = growTo(c.resp, length)
		_, err = io.ReadFull(c.r, c.resp)
	default:
		return 0, false, fmt.Errorf("%w: neither Content-Length nor chunked", errBadResponse)
	}
	return status, keepAlive, err
}

func (c *rawConn) readChunked() error {
	for {
		line, err := c.r.ReadSlice('\n')
		if err != nil {
			return err
		}
		size, err := strconv.ParseInt(string(bytes.TrimRight(line, "\r\n")), 16, 32)
		if err != nil || size < 0 {
			return fmt.Errorf("%w: chunk size %q", errBadResponse, line)
		}
		if size == 0 {
			// Trailers (none expected), then the blank line.
			for {
				l, err := c.r.ReadSlice('\n')
				if err != nil {
					return err
				}
				if len(bytes.TrimRight(l, "\r\n")) == 0 {
					return nil
				}
			}
		}
		n := len(c.resp)
		c.resp = growTo(c.resp, n+int(size))
		if _, err := io.ReadFull(c.r, c.resp[n:]); err != nil {
			return err
		}
		if _, err := c.r.Discard(2); err != nil { // CRLF after the chunk
			return err
		}
	}
}

// growTo returns b resized to n bytes, keeping its contents.
func growTo(b []byte, n int) []byte {
	if cap(b) >= n {
		return b[:n]
	}
	nb := make([]byte, n, max(n, 2*cap(b)))
	copy(nb, b)
	return nb
}

// httpDoer is net/http's client, for comparison with the lean one.
type httpDoer struct {
	c   *http.Client
	url string
}

func (d httpDoer) close() {}

func (d httpDoer) do(body []byte) (int, error) {
	res, err := d.c.Post(d.url, "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return 0, err
	}
	if res.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("HTTP %d: %.200s", res.StatusCode, b)
	}
	if bytes.Contains(b, []byte(`"errors":`)) {
		return 0, fmt.Errorf("GraphQL errors: %.300s", b)
	}
	return len(b), nil
}

func newHTTPClient(clients int) *http.Client {
	tr := &http.Transport{MaxIdleConns: clients * 2, MaxIdleConnsPerHost: clients * 2, IdleConnTimeout: time.Minute}
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}
}
