<?php
// Page links and page size of a list; keeps the list's search, filters and sort.
namespace Kartoteka\Crm\Http;
/** @var \Kartoteka\Crm\Contacts\ListPage $list @var \Kartoteka\Crm\Contacts\ListQuery $query @var string $page */
$pages = $list->pages();
?>
<nav class="pager" aria-label="<?= e($t('KCRM_PAGER')) ?>">
  <span class="muted"><?= e($t('KCRM_PAGER_TOTAL', ['#COUNT#' => $fmt->number($list->total) . ($list->totalCapped ? '+' : '')])) ?></span>
  <?php if ($list->partial): ?>
    <span class="muted" id="search-inside-words"><?= e($list->totalCapped
        ? $t('KCRM_SEARCH_INSIDE_WORDS_FIRST', ['#COUNT#' => $fmt->number($list->total)])
        : $t('KCRM_SEARCH_INSIDE_WORDS')) ?></span>
  <?php endif ?>
  <?php if ($list->page > 1): ?>
    <a rel="prev" href="<?= e($url($page, $query->toArray(['page' => $list->page - 1]))) ?>"><?= e($t('KCRM_PAGER_PREV')) ?></a>
  <?php endif ?>
  <span><?= e($t('KCRM_PAGER_PAGE', ['#PAGE#' => $list->page, '#PAGES#' => $fmt->number($pages)])) ?></span>
  <?php if ($list->page < $pages): ?>
    <a rel="next" href="<?= e($url($page, $query->toArray(['page' => $list->page + 1]))) ?>"><?= e($t('KCRM_PAGER_NEXT')) ?></a>
  <?php endif ?>
  <span class="muted"><?= e($t('KCRM_PAGER_SIZE')) ?>
    <?php foreach (\Kartoteka\Crm\Contacts\ListQuery::PAGE_SIZES as $size): ?>
      <?php if ($size === $list->perPage): ?><strong><?= e($size) ?></strong><?php else: ?><a href="<?= e($url($page, $query->toArray(['per_page' => $size, 'page' => null]))) ?>"><?= e($size) ?></a><?php endif ?>
    <?php endforeach ?>
  </span>
</nav>
