import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ARTIFACTS, useBrowserAndServer } from './support/fixture.js';
import { adminWithLead, json, leadPhone, phoneContext } from './support/board-setup.js';

const fixture = useBrowserAndServer();

/** Where the report's pages, as images, also go for people to look at. */
const SHOTS = '/tmp/report-shots/';

const DAY_MS = 24 * 60 * 60 * 1000;
const dayAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
const dayAhead = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

interface QuestionBank {
  forms: { categories: { id: string; questions: { id: string }[] }[] }[];
}

/** A finished analysis round whose categories score the given percents (0, 25, … 100). */
async function finishedRound(
  lead: APIRequestContext,
  boardId: string,
  name: string,
  percents: Record<string, number>,
) {
  const bank = await json<QuestionBank>(
    await lead.get(`/api/boards/${boardId}/analysis/questions`),
  );
  const questions = new Map(
    bank.forms.flatMap((form) => form.categories.map((c) => [c.id, c.questions.map((q) => q.id)])),
  );
  const round = await json<{ id: string }>(
    await lead.post(`/api/boards/${boardId}/analysis/rounds`, { data: { name } }),
  );
  for (const [category, percent] of Object.entries(percents)) {
    const ids = questions.get(category) ?? [];
    for (const [index, questionId] of ids.slice(0, 4).entries()) {
      await json(
        await lead.put(`/api/boards/${boardId}/analysis/rounds/${round.id}/answers/${questionId}`, {
          data: { value: index < percent / 25 ? 4 : 0 },
        }),
      );
    }
  }
  await json(await lead.post(`/api/boards/${boardId}/analysis/rounds/${round.id}/finish`));
}

/** Every text item of every page of a PDF, a string per page. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.destroy();
  return pages;
}

/** Each page of a PDF drawn to a PNG (pdf.js on its Node canvas), for people to look at. */
async function renderPages(pdf: Buffer, name: string): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const files: string[] = [];
  mkdirSync(SHOTS, { recursive: true });
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1.6 });
    // pdf.js draws on @napi-rs/canvas in Node; its factory makes a canvas of that kind.
    const factory = document.canvasFactory as {
      create: (
        width: number,
        height: number,
      ) => { canvas: HTMLCanvasElement & { toBuffer: (type: string) => Buffer } };
    };
    const { canvas } = factory.create(viewport.width, viewport.height);
    await page.render({ canvas, viewport }).promise;
    const file = `${ARTIFACTS}${name}-${number}.png`;
    writeFileSync(file, canvas.toBuffer('image/png'));
    copyFileSync(file, `${SHOTS}${name}-${number}.png`);
    files.push(file);
  }
  await document.destroy();
  return files;
}

describe('the roadmap report (issue 13)', () => {
  it('prints a seeded board to an A4 PDF of at most three pages with its key figures', async () => {
    const { browser, server } = fixture;
    const { boardId } = await adminWithLead(browser, server);
    const leadContext = await leadPhone(browser, server.baseUrl);
    const lead = leadContext.request;
    const url = `/api/boards/${boardId}`;
    await json(await lead.put(`${url}/employees`, { data: { employees: 12 } }));

    // Step 2: two analysis rounds, the second compared with the first.
    await finishedRound(lead, boardId, 'Nulägesanalys 2025', {
      energy_climate: 25,
      chemicals_waste: 50,
      health_safety: 50,
    });
    await finishedRound(lead, boardId, 'Nulägesanalys 2026', {
      energy_climate: 75,
      emissions: 50,
      chemicals_waste: 25,
      resource_costs: 100,
      health_safety: 25,
      skills_development: 75,
    });

    // Three phones join; they vote dots and the lead closes the vote: the matrix is kept.
    const phones: APIRequestContext[] = [];
    for (let i = 0; i < 3; i += 1) {
      const context = await phoneContext(browser, server.baseUrl);
      const page = await context.newPage();
      await page.goto(server.joinUrl);
      await page.waitForURL(/\/m\/b\//);
      await page.close();
      phones.push(context.request);
    }
    const vote = await json<{ id: string }>(await lead.post(`${url}/interest-votes`));
    for (const phone of phones) {
      await json(
        await phone.put(`${url}/interest-votes/${vote.id}/dots`, {
          data: { dots: { health_safety: 3, chemicals_waste: 2 } },
        }),
      );
    }
    await json(await lead.post(`${url}/interest-votes/${vote.id}/close`));
    const matrix = await json<{ points: { categoryId: string; quadrant: string }[] }>(
      await lead.get(`${url}/materiality`),
    );
    expect(
      matrix.points.filter((p) => p.quadrant === 'start_here').map((p) => p.categoryId),
    ).toContain('health_safety');

    // Step 4: three goals, one drafted from "start here", each with a history of measurements.
    const goals = [
      {
        title: 'Färre tunga lyft',
        dimension: 'social',
        focusArea: 'Arbetsmiljö',
        metric: 'Tunga lyft per skift',
        unit: 'lyft',
        baselineValue: 40,
        targetValue: 10,
        direction: 'decrease',
        responsible: 'Anna Lind',
        origin: { voteId: vote.id, categoryId: 'health_safety' },
        values: [38, 34, 31, 27, 24],
      },
      {
        title: 'Mindre energi per producerad enhet',
        dimension: 'ecological',
        focusArea: 'Energi',
        metric: 'Energi per enhet',
        unit: 'kWh',
        baselineValue: 12,
        targetValue: 9,
        direction: 'decrease',
        responsible: 'Erik Berg',
        values: [11.8, 11.5, 11.2, 10.9, 10.6],
      },
      {
        title: 'Lägre kassation i pressen',
        dimension: 'economic',
        focusArea: 'Kvalitet',
        metric: 'Kasserade detaljer',
        unit: '%',
        baselineValue: 4.2,
        targetValue: 2,
        direction: 'decrease',
        responsible: 'Sara Ek',
        values: [4.1, 4.2, 4.0, 3.9, 3.9],
      },
    ];
    for (const { values, ...goal } of goals) {
      const created = await json<{ id: string }>(
        await lead.post(`${url}/goals`, {
          data: {
            description: '',
            baselineDate: dayAgo(180),
            deadline: dayAhead(200),
            achievableConfirmed: true,
            achievableNote: '',
            ...goal,
          },
        }),
      );
      await json(await lead.put(`${url}/goals/${created.id}/state`, { data: { state: 'active' } }));
      for (const [i, value] of values.entries()) {
        await json(
          await lead.post(`${url}/goals/${created.id}/measurements`, {
            data: { value, date: dayAgo(150 - i * 30) },
          }),
        );
      }
    }

    // Step 6: suggestions; four done, one of them with a photo and two "me too".
    const post = async (phone: APIRequestContext, text: string, dimension: string) =>
      json<{ id: string }>(
        await phone.post(`${url}/suggestions`, {
          data: { id: crypto.randomUUID(), text, dimension },
        }),
      );
    const phone = (i: number) => phones[i] as APIRequestContext;
    const doors = await post(phone(0), 'Automatiska skjutdörrar till frysrummet', 'ecological');
    const photo = await sharp({
      create: { width: 800, height: 600, channels: 3, background: { r: 70, g: 120, b: 170 } },
    })
      .composite([
        {
          input: await sharp({
            create: {
              width: 300,
              height: 500,
              channels: 3,
              background: { r: 220, g: 230, b: 240 },
            },
          })
            .png()
            .toBuffer(),
          left: 250,
          top: 50,
        },
      ])
      .jpeg()
      .toBuffer();
    await json(
      await phone(0).put(`${url}/suggestions/${doors.id}/photo`, {
        headers: { 'content-type': 'image/jpeg' },
        data: photo,
      }),
    );
    const mats = await post(phone(1), 'Ståmattor vid pressen', 'social');
    const lights = await post(phone(2), 'Släck belysningen i lagret nattetid', 'economic');
    const sorting = await post(phone(1), 'Bättre sortering av wellpapp', 'ecological');
    await post(phone(2), 'Ny hylla för verktyg', 'economic');
    for (const voter of [phone(1), phone(2)]) {
      await json(await voter.put(`${url}/suggestions/${doors.id}/vote`, { data: { voted: true } }));
    }
    await json(await phone(0).put(`${url}/suggestions/${mats.id}/vote`, { data: { voted: true } }));
    for (const done of [doors, mats, lights, sorting]) {
      await json(
        await lead.put(`${url}/suggestions/${done.id}/status`, { data: { status: 'done' } }),
      );
    }

    // The report as the lead sees it, then printed to PDF.
    const page = await leadContext.newPage();
    await page.goto(`/m/b/${boardId}/report`);
    await page.getByRole('heading', { name: /Färre tunga lyft/ }).waitFor();
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
    await page.waitForFunction(() =>
      Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0),
    );
    expect(await page.locator('.report-highlights img').count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}report-screen.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.report-tools').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(`${ARTIFACTS}report.pdf`, pdf);
    mkdirSync(SHOTS, { recursive: true });
    copyFileSync(`${ARTIFACTS}report.pdf`, `${SHOTS}report.pdf`);

    await renderPages(pdf, 'report-page');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(3);
    const text = pages.join('\n');
    expect(pages[0]).toMatch(/färdplansrapport/i);
    for (const figure of [
      'Nulägesanalys 2026',
      // The analysis: energy & climate 75 %, up 50 points from the round before.
      '75 %',
      '▲ +50',
      // The matrix's "start here" and the goal chosen from it.
      'Börja här',
      'Färre tunga lyft',
      // SMART: baseline → target → latest, with units.
      '40 lyft',
      '10 lyft',
      '24 lyft',
      '10,6 kWh',
      'Anna Lind',
      // Suggestions done: four, the most supported first.
      '4 förslag genomfördes under perioden',
      'Automatiska skjutdörrar till frysrummet',
      '2 ”Jag med”',
      // Participation: three devices of 12 employees.
      'Andel av 12 anställda',
      '25 %',
      'Senaste uppföljningen',
    ]) {
      expect(text, figure).toContain(figure);
    }
    // Each section starts where it should: the goals open the second page.
    expect(pages[0]).toContain('Färdplanens sju steg');
    expect(pages[1]).toContain('Mål (SMART)');
    // Seeding a whole roadmap through the API takes a while on a busy machine.
  }, 240_000);
});
