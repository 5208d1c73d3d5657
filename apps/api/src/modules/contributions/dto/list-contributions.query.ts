import { PageQueryDto } from '../../../common/pagination/page-query.dto';

export const CONTRIBUTION_SORTS = {
  deliveredOn: 'k.delivered_on',
  quantity: 'k.quantity',
  createdAt: 'k.created_at',
};

/** Page and sort (deliveredOn, quantity, createdAt; default -deliveredOn). */
export class ListContributionsQuery extends PageQueryDto {}
