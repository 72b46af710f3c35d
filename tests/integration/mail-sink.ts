// A real SMTP server on loopback for the mail tests: PocketBase sends to it like to any relay, and
// each received message is parsed (mailparser) so a test can read its recipients and follow links.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../scripts/test-pocketbase.mjs';

export interface ReceivedMail {
	to: string[];
	subject: string;
	html: string;
	text: string;
}

export interface MailSink {
	port: number;
	received: ReceivedMail[];
	/** The first mail to `address` (optionally with a subject matching `subject`), waiting up to 10 s. */
	waitFor(address: string, subject?: RegExp): Promise<ReceivedMail>;
	/** The environment that points a RightSeat server at this sink. */
	env(appURL?: string): Record<string, string>;
	close(): Promise<void>;
}

/** Starts the sink on a free loopback port (no TLS, no auth: it is a test relay). */
export async function startMailSink(): Promise<MailSink> {
	const port = await freePort();
	const received: ReceivedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, _session, done) {
			simpleParser(stream)
				.then((mail) => {
					const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
						a.value.map((v) => (v.address ?? '').toLowerCase())
					);
					received.push({
						to,
						subject: mail.subject ?? '',
						html: typeof mail.html === 'string' ? mail.html : '',
						text: mail.text ?? ''
					});
					done();
				})
				.catch(done);
		}
	});
	await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
	return {
		port,
		received,
		async waitFor(address, subject) {
			const deadline = Date.now() + 10_000;
			while (Date.now() < deadline) {
				const mail = received.find(
					(m) => m.to.includes(address.toLowerCase()) && (!subject || subject.test(m.subject))
				);
				if (mail) return mail;
				await new Promise((r) => setTimeout(r, 50));
			}
			throw new Error(`no mail to ${address}${subject ? ` matching ${subject}` : ''} within 10 s`);
		},
		env(appURL) {
			return {
				RIGHTSEAT_SMTP_HOST: '127.0.0.1',
				RIGHTSEAT_SMTP_PORT: String(port),
				RIGHTSEAT_SMTP_SENDER: 'rightseat@rightseat.test',
				...(appURL ? { RIGHTSEAT_APP_URL: appURL } : {})
			};
		},
		close: () => new Promise<void>((ok) => server.close(() => ok()))
	};
}

/** The href of the first link in `mail` whose URL contains `part`. */
export function linkIn(mail: ReceivedMail, part: string): URL {
	const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
	const href = hrefs.find((h) => h.includes(part));
	if (!href) throw new Error(`no link containing ${part} in "${mail.subject}": ${hrefs.join(', ')}`);
	return new URL(href);
}
