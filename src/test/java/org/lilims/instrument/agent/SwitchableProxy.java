package org.lilims.instrument.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on a fixed local port in front of the running application, which a test takes down (the port
 * refuses connections, as a stopped server's does) and brings back up. It keeps every byte clients sent, so a test
 * can count the requests that reached the server.
 */
final class SwitchableProxy implements AutoCloseable {

	private final int targetPort;

	private final int port;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

	private volatile ServerSocket listener;

	SwitchableProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.listener = listen(0);
		this.port = this.listener.getLocalPort();
		accept(this.listener);
	}

	int port() {
		return this.port;
	}

	/** Closes the port and every connection through it. */
	void down() throws IOException {
		this.listener.close();
		for (Socket socket : this.open) {
			socket.close();
		}
		this.open.clear();
	}

	/** Listens on the same port again. */
	void up() throws IOException {
		this.listener = listen(this.port);
		accept(this.listener);
	}

	/** How often the clients' bytes so far contain {@code text}, e.g. a request line. */
	int count(String text) {
		String all;
		synchronized (this.sent) {
			all = this.sent.toString(StandardCharsets.ISO_8859_1);
		}
		int count = 0;
		for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + text.length())) {
			count++;
		}
		return count;
	}

	@Override
	public void close() throws IOException {
		down();
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		// the port was in use a moment ago; its old connections may linger in TIME_WAIT
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return socket;
	}

	private void accept(ServerSocket listener) {
		daemon("proxy-accept-" + this.port, () -> {
			while (!listener.isClosed()) {
				try {
					Socket client = listener.accept();
					Socket server = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
					this.open.add(client);
					this.open.add(server);
					pump(client, server, true);
					pump(server, client, false);
				}
				catch (IOException ex) {
					// the listener was closed: the proxy is down
				}
			}
		});
	}

	private void pump(Socket from, Socket to, boolean fromClient) {
		daemon("proxy-pump", () -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
					if (fromClient) {
						synchronized (this.sent) {
							this.sent.write(buffer, 0, read);
						}
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side closed the connection
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
