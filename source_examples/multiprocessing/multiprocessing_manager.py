#!/usr/bin/env python3
# encoding: utf-8
"""A Manager serves Python objects that other processes change."""

#end_pymotw_header
import multiprocessing


def register(sizes, names, word):
    sizes[word] = len(word)
    names.append(multiprocessing.current_process().name)


if __name__ == '__main__':
    with multiprocessing.Manager() as manager:
        sizes = manager.dict()
        names = manager.list()
        processes = [
            multiprocessing.Process(target=register,
                                    args=(sizes, names, word),
                                    name=f'for {word}')
            for word in ['ant', 'beetle', 'cicada']
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join()
        print('a proxy:', type(sizes).__name__)
        print('sizes:', sorted(sizes.items()))
        print('names:', sorted(names))
