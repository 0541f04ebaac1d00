#!/usr/bin/env python3
# encoding: utf-8
"""A program with one slow function and one fast one, to be profiled."""

#end_pymotw_header


def squares_loop(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def squares_builtin(n):
    return sum(i * i for i in range(n))


def main():
    results = [squares_loop(200_000) for _ in range(5)]
    results.append(squares_builtin(200_000))
    return results


if __name__ == '__main__':
    print(len(main()), 'results')
