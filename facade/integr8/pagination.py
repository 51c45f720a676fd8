"""The paginators `Integr8.paginate` and `Integr8.iter_report` return, for type annotations.

    from integr8.pagination import Paginator
    from integr8_client.models import Offer

    offers: Paginator[Offer] = client.paginate(client.offers.list_offers, integration_id="...")
    for offer in offers: ...          # items (a fresh walk from the first page each time)
    for page in offers.pages(): ...   # the parsed pages, in order

`Paginator[T]` (sync) and `AsyncPaginator[T]` (`async for`) walk either numbered pages
(`paginate`) or report cursors (`iter_report`); `Page[T]` is what `paginate` wants its operation
to return (a list model whose `data` holds `T`s). See `integr8._pagination` for how they walk.
"""

from ._pagination import AsyncPaginator, Page, Paginator, Strategy

__all__ = ["Paginator", "AsyncPaginator", "Page", "Strategy"]
