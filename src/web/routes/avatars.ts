import type { FastifyInstance } from 'fastify';
import { avatarKeyPattern, identiconSvg } from '../../discussion/avatar.js';

export function avatarRoutes(app: FastifyInstance): void {
  app.get<{ Params: { file: string } }>('/avatars/:file', async (request, reply) => {
    const key = request.params.file.replace(/\.svg$/, '');
    if (!avatarKeyPattern.test(key)) return reply.code(404).type('text/plain').send('Not found');
    return reply
      .type('image/svg+xml')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(identiconSvg(key));
  });
}
