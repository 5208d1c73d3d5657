import type { Page } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlOne, sqlRows } from '../../database/sql';
import type { SqlFilter } from './sql-filter';

/** Which page of a list: the validated `page` (from 1) and `pageSize` of a PageQueryDto. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** A list whose rows come from one SELECT: the page and its total in one statement. */
export interface ListQuery<Row, Item> extends PageRequest {
  /** `SELECT <fields> FROM <table> <joins>`, no WHERE: the builder adds filter, order and page. */
  select: string;
  where: SqlFilter;
  /** A full ORDER BY expression list with an id tie-breaker (see `orderBy` in pagination/page). */
  orderBy: string;
  map: (row: Row) => Item;
}

/**
 * A list that pages its ids from the filtered table alone and joins the rest for the page's rows
 * only (not for every match before LIMIT): a third of the work on a large organisations list.
 */
export interface IdsFirstListQuery<Row, Item> extends PageRequest {
  /** The filtered table with its alias, e.g. `organisation o`; `where` and `orderBy` use the alias. */
  from: string;
  /** The id column under that alias, e.g. `o.id`. */
  idColumn: string;
  /** Select list of the page rows (same alias). */
  fields: string;
  /** Joins the page's ids (relation `page`, column `id`) back to the rows, e.g. `JOIN organisation o ON … o.id = page.id LEFT JOIN …`. */
  join: string;
  where: SqlFilter;
  orderBy: string;
  map: (row: Row) => Item;
}

type Counted = { total: string | number };

/**
 * The one list builder: `{ items, total, page, pageSize }` where `total` is the number of matches
 * whatever the page. The total rides on the page's rows (`count(*) OVER ()`); a page past the end
 * has no row to carry it, so only then a separate count runs — the answer still says how many
 * there are, which lets a client step back to the last page.
 */
export async function listPage<Row, Item>(
  manager: EntityManager,
  q: ListQuery<Row, Item>,
): Promise<Page<Item>> {
  const select = q.select.replace(/^\s*SELECT\s/i, 'SELECT count(*) OVER () AS total, ');
  if (select === q.select) throw new Error('listPage: `select` must start with SELECT');
  const where = whereClause(q.where);
  const rows = await sqlRows<Row & Counted>(
    manager,
    `${select} ${where} ORDER BY ${q.orderBy} ${limit(q)}`,
    q.where.params,
  );
  const total = await totalOf(rows, q, () =>
    countRows(manager, `SELECT count(*) AS n FROM (${q.select} ${where}) AS matches`, q.where),
  );
  return { items: rows.map(q.map), total, page: q.page, pageSize: q.pageSize };
}

/** `listPage` for an IdsFirstListQuery: ids and total first, then the rows of that page. */
export async function listPageIdsFirst<Row, Item>(
  manager: EntityManager,
  q: IdsFirstListQuery<Row, Item>,
): Promise<Page<Item>> {
  const where = whereClause(q.where);
  const rows = await sqlRows<Row & Counted>(
    manager,
    `SELECT page.total, ${q.fields}
       FROM (
         SELECT ${q.idColumn} AS id, count(*) OVER () AS total
           FROM ${q.from} ${where}
          ORDER BY ${q.orderBy} ${limit(q)}
       ) page
       ${q.join}
      ORDER BY ${q.orderBy}`,
    q.where.params,
  );
  const total = await totalOf(rows, q, () =>
    countRows(manager, `SELECT count(*) AS n FROM ${q.from} ${where}`, q.where),
  );
  return { items: rows.map(q.map), total, page: q.page, pageSize: q.pageSize };
}

function whereClause(filter: SqlFilter): string {
  const sql = filter.sql();
  return sql === '' ? '' : `WHERE ${sql}`;
}

function limit(page: PageRequest): string {
  // Both are validated integers (PageQueryDto); inlined so they never shift the filter's $n.
  const size = Math.trunc(page.pageSize);
  const offset = (Math.trunc(page.page) - 1) * size;
  return `LIMIT ${size} OFFSET ${offset}`;
}

async function totalOf(
  rows: readonly Counted[],
  page: PageRequest,
  count: () => Promise<number>,
): Promise<number> {
  if (rows.length > 0) return Number(rows[0].total);
  // An empty first page means no matches; only a later empty page needs counting.
  return page.page > 1 ? count() : 0;
}

async function countRows(manager: EntityManager, sql: string, filter: SqlFilter): Promise<number> {
  const row = await sqlOne<{ n: string | number }>(manager, sql, filter.params);
  return Number(row?.n ?? 0);
}
