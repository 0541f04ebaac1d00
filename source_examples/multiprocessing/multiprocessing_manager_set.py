#!/usr/bin/env python3
# encoding: utf-8
"""Python 3.14: managers serve sets, and list proxies can clear()."""

#end_pymotw_header
import multiprocessing


def tag(tags, words):
    for word in words:
        tags.add(word.lower())


if __name__ == '__main__':
    with multiprocessing.Manager() as manager:
        tags = manager.set()
        batches = [['Red', 'green'], ['GREEN', 'blue'], ['red']]
        processes = [
            multiprocessing.Process(target=tag, args=(tags, batch))
            for batch in batches
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join()
        print('tags:', sorted(tags))

        letters = manager.list(['a', 'b'])
        copy = letters.copy()  # a plain list, made by the manager
        letters.clear()
        print('copy:', copy, '- after clear():', list(letters))
