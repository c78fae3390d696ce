import type { FastifyReply } from 'fastify';

/**
 * A download: attachment with an ASCII fallback name and the exact UTF-8 one (RFC 6266),
 * never cached (the documents carry personal and confidential data), the type not sniffed.
 */
export function sendAttachment(reply: FastifyReply, type: string, file: { fileName: string; content: Buffer | string }) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.content);
}
