// Vitest 5's reporter calls Map.groupBy, which Node gained in 21. Without this,
// a failing test on Node 20 crashes the reporter instead of printing the failure.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = function groupBy(items, keyOf) {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
